pub fn run(_a: &[String]) -> Result<u8, String> {
    Err("todo".into())
}
