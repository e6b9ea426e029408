//! The interpreter core under pressure: collection of cycles, survival of
//! live values held only in Rust locals, MemoryError and recursion limits.

mod common;
use common::TestVm;

#[test]
fn cycles_are_collected_on_a_small_heap() {
    let mut t = TestVm::new(64 * 1024);
    // Each iteration leaves a 3-object cycle behind; 20k of them need far
    // more than 64 KiB unless the collector frees cycles.
    let out = t.run(
        "class Node:\n    pass\nfor i in range(20000):\n    a = Node(); b = Node(); a.b = b; b.a = a; a.l = [a, b]\nprint('done', i)\n",
    );
    assert_eq!(out, "done 19999\n");
}

#[test]
fn values_held_only_in_rust_locals_survive_collections() {
    let mut t = TestVm::new(32 * 1024);
    t.vm.enter_scope(|vm| {
        // A list built element by element while every append may collect.
        let list = mp_vm::objects::list::new_list(vm, &[]).unwrap();
        for i in 0..2000 {
            let s = vm.new_string(format!("item{i}")).unwrap();
            let t = mp_vm::objects::tuple::new_tuple(vm, &[s, mp_vm::value::Value::small_int(i)])
                .unwrap();
            mp_vm::objects::list::append(vm, list, t).unwrap();
            if mp_vm::objects::list::items(list).len() > 100 {
                // Keep the heap under pressure: drop the oldest items.
                let it = mp_vm::objects::list::items(list);
                it.rotate_left(1);
                mp_vm::objects::list::obj(list).len -= 1;
            }
            // Garbage in between, so collections happen.
            let _ = mp_vm::objects::list::new_list(vm, &[mp_vm::value::Value::small_int(1); 8])
                .unwrap();
        }
        assert!(vm.heap.collections > 0, "the test must force collections");
        let items = mp_vm::objects::list::items(list);
        assert_eq!(items.len(), 100);
        for (k, &t) in items.iter().enumerate() {
            let want = 1900 + k as isize;
            let pair = mp_vm::objects::tuple::items(t);
            assert_eq!(pair[1].as_small_int(), want);
            assert_eq!(
                mp_vm::objects::str::as_str(pair[0]).unwrap(),
                format!("item{want}")
            );
        }
    });
}

#[test]
fn memory_error_leaves_the_interpreter_usable() {
    let mut t = TestVm::new(128 * 1024);
    let out = t.run(
        "l = []\ntry:\n    while True:\n        l.append('x' * 100)\nexcept MemoryError:\n    l = None\n    print('MemoryError')\nprint(sum(range(100)))\n",
    );
    assert_eq!(out, "MemoryError\n4950\n");
    assert_eq!(
        t.run("print([0] * (1 << 40))"),
        "Traceback (most recent call last):\n  File \"<test>\", line 1, in <module>\nMemoryError\n"
    );
    assert_eq!(t.run("print('again')"), "again\n");
}

#[test]
fn deep_recursion_raises_runtime_error() {
    let mut t = TestVm::new(1024 * 1024);
    let out = t.run(
        "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError as e:\n    print(e)\n",
    );
    assert_eq!(out, "maximum recursion depth exceeded\n");
    let out = t.run("a = []\nfor i in range(10000):\n    a = [a]\ntry:\n    print(a)\nexcept RuntimeError:\n    print('deep')\n");
    assert_eq!(out, "deep\n");
}

#[test]
fn heap_lock_makes_allocation_fail() {
    let mut t = TestVm::new(256 * 1024);
    let out = t.run(
        "import micropython\nmicropython.heap_lock()\ntry:\n    x = [1, 2]\nexcept MemoryError:\n    r = 'locked'\nmicropython.heap_unlock()\nprint(r)\n",
    );
    assert_eq!(out, "locked\n");
}

#[test]
fn gc_reports_truthful_numbers() {
    let mut t = TestVm::new(256 * 1024);
    let out = t.run(
        "import gc\ngc.collect()\na = gc.mem_alloc()\nx = bytearray(10000)\nb = gc.mem_alloc()\nx = None\ngc.collect()\nc = gc.mem_alloc()\nprint(b - a >= 10000, c < b, gc.mem_free() + c > 200000)\n",
    );
    assert_eq!(out, "True True True\n");
}

#[test]
fn files_survive_a_soft_reset_and_globals_do_not() {
    let mut t = TestVm::new(256 * 1024);
    let src = "f = open('keep.py', 'w'); f.write('X = 42\\n'); f.close(); g = 1";
    assert_eq!(t.run(src), "");
    t.vm.soft_reset();
    // A collection right after the reset must not lose the restored files.
    let out = t.run("import gc; gc.collect(); import keep; print(keep.X, 'g' in globals())");
    assert_eq!(out, "42 False\n");
    let out = t.run("import uos; print(uos.listdir())");
    assert_eq!(out, "['keep.py']\n");
}

#[test]
fn help_modules_lists_every_builtin_module_and_each_imports() {
    let mut t = TestVm::new(256 * 1024);
    let listing = t.run("help('modules')");
    assert!(
        listing.ends_with("Plus any modules on the filesystem\n"),
        "{listing}"
    );
    let names: Vec<&str> = listing
        .lines()
        .filter(|l| !l.starts_with("Plus"))
        .flat_map(|l| l.split_whitespace())
        .filter(|n| *n != "__main__")
        .collect();
    for want in ["sys", "ujson", "math", "uos", "utime"] {
        assert!(names.contains(&want), "{want} missing from {listing}");
    }
    for n in names {
        assert_eq!(
            t.run(&format!("import {n}; print('ok')")),
            "ok\n",
            "import {n}"
        );
    }
    // One module object answers to its u-name and its plain name, whichever came first.
    assert_eq!(
        t.run("import json, ujson, utime, time\nprint(json is ujson, time is utime)"),
        "True True\n"
    );
}
