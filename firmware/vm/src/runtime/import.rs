//! `import`: builtin modules, `.py` modules and packages found on
//! `sys.path` through the port's filesystem, `sys.modules` caching (a
//! module is registered before its body runs, so circular imports see
//! the partly initialised module, as in CPython).

use crate::object::PyResult;
use crate::objects::dict;
use crate::objects::module::{self, new_module};
use crate::objects::str as pystr;
use crate::runtime::exc;
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

fn import_error(vm: &mut Vm, name: &str) -> Value {
    vm.new_exc_fmt(
        &exc::IMPORT_ERROR,
        format_args!("no module named '{}'", name),
    )
}

/// The absolute module name for a relative import from `globals`.
fn resolve_relative(vm: &mut Vm, name: &str, level: usize, globals: Value) -> PyResult<String> {
    let pkg_name = dict::get_qstr(vm, globals, q::__name__)?
        .and_then(pystr::as_str)
        .unwrap_or("");
    let is_pkg = dict::get_qstr(vm, globals, q::__path__)?.is_some();
    let mut base: alloc::vec::Vec<&str> = pkg_name.split('.').collect();
    if !is_pkg {
        base.pop();
    }
    for _ in 1..level {
        base.pop();
    }
    if base.is_empty() || (base.len() == 1 && base[0].is_empty()) {
        return Err(vm.new_exc_msg(
            &exc::IMPORT_ERROR,
            "attempted relative import with no known parent package",
        ));
    }
    let mut full = base.join(".");
    if !name.is_empty() {
        full.push('.');
        full.push_str(name);
    }
    Ok(full)
}

pub fn import_name(
    vm: &mut Vm,
    name: Qstr,
    fromlist: Value,
    level: Value,
    globals: Value,
) -> PyResult<Value> {
    // Reading and compiling a module allocate freely: a MemoryError there is the import's.
    vm.protect(|vm| import_unprotected(vm, name, fromlist, level, globals))
}

fn import_unprotected(
    vm: &mut Vm,
    name: Qstr,
    fromlist: Value,
    level: Value,
    globals: Value,
) -> PyResult<Value> {
    let level = crate::objects::int::as_i64(level).unwrap_or(0).max(0) as usize;
    let name_s = name.as_str();
    let full = if level > 0 {
        resolve_relative(vm, name_s, level, globals)?
    } else {
        String::from(name_s)
    };
    if full.is_empty() {
        return Err(vm.value_error(format_args!("Empty module name")));
    }
    // Import each dotted prefix in turn.
    let mut top = Value::NULL;
    let mut leaf = Value::NULL;
    let mut end = 0;
    loop {
        let next = full[end..].find('.').map(|i| end + i).unwrap_or(full.len());
        let prefix = &full[..next];
        let parent = leaf;
        leaf = load_one(vm, prefix, parent)?;
        if top.is_null() {
            top = leaf;
        }
        if !parent.is_null() {
            let short = Qstr::intern(&full[end..next]);
            module::set_attr(vm, parent, short, leaf)?;
        }
        if next == full.len() {
            break;
        }
        end = next + 1;
    }
    let has_fromlist = !fromlist.is_null() && !fromlist.is_none() && ops::is_true(vm, fromlist)?;
    if has_fromlist || level > 0 && name_s.is_empty() {
        return Ok(leaf);
    }
    if level > 0 {
        return Ok(leaf);
    }
    Ok(top)
}

/// Load (or find cached) the module with absolute dotted name `full`.
fn load_one(vm: &mut Vm, full: &str, parent: Value) -> PyResult<Value> {
    let key = vm.new_str(full)?;
    let modules = vm.roots.modules;
    if let Some(m) = dict::get(vm, modules, key)? {
        return Ok(m);
    }
    let q = Qstr::intern(full);
    if let Some(m) = crate::modules::builtin_module(vm, q)? {
        dict::set(vm, modules, key, m)?;
        return Ok(m);
    }
    // Search the filesystem: sys.path entries, or the parent's __path__.
    let rel = full.replace('.', "/");
    let dirs: alloc::vec::Vec<String> = if parent.is_null() {
        let path = vm.roots.sys_path;
        let mut v = alloc::vec::Vec::new();
        for &p in crate::objects::list::items(path).iter() {
            if let Some(s) = pystr::as_str(p) {
                v.push(String::from(s));
            }
        }
        v
    } else {
        alloc::vec![String::new()]
    };
    for d in dirs {
        let base = if d.is_empty() {
            rel.clone()
        } else {
            alloc::format!("{}/{}", d, rel)
        };
        let file = alloc::format!("{}.py", base);
        if let Some(src) = crate::runtime::vfs::read_file(vm, &file)? {
            return exec_module(vm, full, &file, &src, None);
        }
        let init = alloc::format!("{}/__init__.py", base);
        if let Some(src) = crate::runtime::vfs::read_file(vm, &init)? {
            return exec_module(vm, full, &init, &src, Some(&base));
        }
    }
    Err(import_error(vm, full))
}

fn exec_module(
    vm: &mut Vm,
    full: &str,
    file: &str,
    src: &[u8],
    pkg_path: Option<&str>,
) -> PyResult<Value> {
    let name = Qstr::intern(full);
    let m = new_module(vm, name)?;
    let d = module::dict_of(m);
    let f = vm.new_str(file)?;
    dict::set(vm, d, Value::qstr(q::__file__), f)?;
    if let Some(p) = pkg_path {
        let pv = vm.new_str(p)?;
        dict::set(vm, d, Value::qstr(q::__path__), pv)?;
    }
    let key = vm.new_str(full)?;
    let modules = vm.roots.modules;
    dict::set(vm, modules, key, m)?;
    let text = match core::str::from_utf8(src) {
        Ok(t) => t,
        Err(_) => return Err(vm.new_exc_msg(&exc::SYNTAX_ERROR, "invalid UTF-8 in source")),
    };
    let result = crate::runtime::execute::compile(vm, text, Qstr::intern(file), false)
        .and_then(|code| crate::runtime::interp::run_code(vm, code, d, d, Value::NULL));
    if let Err(e) = result {
        dict::delete(vm, modules, key)?;
        return Err(e);
    }
    Ok(m)
}

pub fn import_from(vm: &mut Vm, m: Value, name: Qstr) -> PyResult<Value> {
    if let Some(v) = ops::load_attr_opt(vm, m, name)? {
        return Ok(v);
    }
    // A submodule not imported yet.
    if module::is_module(m) {
        let base = module::name_of(m);
        let full = alloc::format!("{}.{}", base.as_str(), name.as_str());
        if let Ok(sub) = load_one(vm, &full, m) {
            module::set_attr(vm, m, name, sub)?;
            return Ok(sub);
        }
    }
    Err(vm.new_exc_fmt(
        &exc::IMPORT_ERROR,
        format_args!("cannot import name '{}'", name.as_str()),
    ))
}

pub fn import_star(vm: &mut Vm, m: Value, target: Value) -> PyResult<()> {
    if !module::is_module(m) {
        return Err(vm.type_error(format_args!("import * needs a module")));
    }
    let d = module::dict_of(m);
    let mut pos = 0;
    while let Some((k, v)) = dict::next_entry(d, &mut pos) {
        if pystr::as_str(k)
            .map(|s| !s.starts_with('_'))
            .unwrap_or(false)
        {
            dict::set(vm, target, k, v)?;
        }
    }
    Ok(())
}
