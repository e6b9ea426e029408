//! `mp-harness`: see `mp_harness::cli::USAGE`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(mp_harness::cli::main(&args));
}
