//! The builtin modules that need no hardware. This file holds the registry
//! (`BUILTIN_MODULES`, what `import` and `help('modules')` consult) and the small
//! core modules: sys, gc, utime/time, uerrno/errno, builtins. Each
//! library module has its own file here, named as MicroPython 1.8.3 names it
//! (uos lives with the filesystem in `vfs`).

pub mod array;
pub mod cmath;
pub mod math;
pub mod micropython;
pub mod ubinascii;
pub mod ucollections;
pub mod uctypes;
mod uctypes_desc;
pub mod uhashlib;
pub mod uheapq;
pub mod uio;
pub mod ujson;
pub mod ure;
mod ure_compile;
mod ure_match;
pub mod ustruct;
pub mod uzlib;

use crate::object::{ObjBase, PyResult, TypeObj};
use crate::objects::int;
use crate::objects::module;
use crate::runtime::exc;
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};

/// errno numbers and names as MicroPython's uerrno has them.
pub static ERRNO: &[(isize, &str)] = &[
    (1, "EPERM"),
    (2, "ENOENT"),
    (5, "EIO"),
    (9, "EBADF"),
    (11, "EAGAIN"),
    (12, "ENOMEM"),
    (13, "EACCES"),
    (17, "EEXIST"),
    (19, "ENODEV"),
    (21, "EISDIR"),
    (22, "EINVAL"),
    (95, "EOPNOTSUPP"),
    (98, "EADDRINUSE"),
    (103, "ECONNABORTED"),
    (104, "ECONNRESET"),
    (105, "ENOBUFS"),
    (107, "ENOTCONN"),
    (110, "ETIMEDOUT"),
    (111, "ECONNREFUSED"),
    (113, "EHOSTUNREACH"),
    (114, "EALREADY"),
    (115, "EINPROGRESS"),
];

pub fn errno_name(code: isize) -> &'static str {
    ERRNO
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| *n)
        .unwrap_or("")
}

/// The console stream object (sys.stdout / sys.stderr / sys.stdin).
#[repr(C, align(8))]
pub struct Stream {
    pub base: ObjBase,
}
unsafe impl Sync for Stream {}

pub static STREAM_TYPE: TypeObj = TypeObj {
    methods: &STREAM_METHODS,
    ..TypeObj::builtin(q::file)
};
pub static STDOUT: Stream = Stream {
    base: ObjBase::new(&STREAM_TYPE),
};

pub fn is_console_stream(v: Value) -> bool {
    v == Value::from_static(&STDOUT)
}

fn stream_write(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = match crate::objects::str::as_bytes(a[1])
        .or_else(|| crate::objects::bytes::buffer_of(a[1]))
    {
        Some(d) => d,
        None => return Err(vm.type_error(format_args!("object with buffer protocol required"))),
    };
    vm.port_write(data);
    Ok(Value::small_int(data.len() as isize))
}

fn stream_read(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = match a.get(1) {
        Some(&n) => int::to_index(vm, n)?.max(0) as usize,
        None => 1,
    };
    let mut out = alloc::vec::Vec::new();
    while out.len() < n {
        vm.check_interrupt()?;
        match vm.port.read_byte() {
            Some(b) => out.push(b),
            None => break,
        }
    }
    let s = alloc::string::String::from_utf8_lossy(&out).into_owned();
    vm.new_string(s)
}

builtin_fn!(WRITE, q::write, 2, 2, stream_write);
builtin_fn!(READ, q::read, 1, 2, stream_read);
static STREAM_METHODS: [(Qstr, Value); 2] = [entry!(q::write, fn WRITE), entry!(q::read, fn READ)];

// --- sys -----------------------------------------------------------------------

fn sys_exit(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(exc::new_exception(vm, &exc::SYSTEM_EXIT, a))
}

fn sys_print_exception(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut s = alloc::string::String::new();
    exc::format_traceback(vm, a[0], &mut s);
    match a.get(1) {
        Some(&f) if !is_console_stream(f) => {
            let sv = vm.new_string(s)?;
            ops::call_method(vm, f, q::write, &[sv])?;
        }
        _ => vm.port_write(s.as_bytes()),
    }
    Ok(Value::NONE)
}

builtin_fn!(SYS_EXIT, q::exit, 0, 1, sys_exit);
builtin_fn!(
    SYS_PRINT_EXCEPTION,
    q::print_exception,
    1,
    2,
    sys_print_exception
);

static SYS_TABLE: &[(Qstr, Value)] = &[
    entry!(q::exit, fn SYS_EXIT),
    entry!(q::print_exception, fn SYS_PRINT_EXCEPTION),
    entry!(q::stdout, fn STDOUT),
    entry!(q::stderr, fn STDOUT),
    entry!(q::stdin, fn STDOUT),
    entry!(q::byteorder, Value::qstr(q::little)),
    entry!(q::maxsize, Value::small_int(crate::value::SMALL_INT_MAX)),
];

fn make_sys(vm: &mut Vm) -> PyResult<Value> {
    let m = module::from_table(vm, q::sys, SYS_TABLE)?;
    module::set_attr(vm, m, q::path, vm.roots.sys_path)?;
    module::set_attr(vm, m, q::argv, vm.roots.sys_argv)?;
    module::set_attr(vm, m, q::modules, vm.roots.modules)?;
    let v = vm.new_str("3.4.0")?;
    module::set_attr(vm, m, q::version, v)?;
    let vi = crate::objects::tuple::new_tuple(
        vm,
        &[
            Value::small_int(3),
            Value::small_int(4),
            Value::small_int(0),
        ],
    )?;
    module::set_attr(vm, m, q::version_info, vi)?;
    let ver = crate::objects::tuple::new_tuple(
        vm,
        &[
            Value::small_int(1),
            Value::small_int(8),
            Value::small_int(3),
        ],
    )?;
    let imp_type = crate::modules::ucollections::new_type(vm, q::EMPTY, &[q::name, q::version])?;
    let imp = ops::call(vm, imp_type, &[Value::qstr(q::micropython), ver], &[])?;
    module::set_attr(vm, m, q::implementation, imp)?;
    let plat = vm.new_str(crate::PLATFORM)?;
    module::set_attr(vm, m, q::platform, plat)?;
    Ok(m)
}

// --- gc ----------------------------------------------------------------------------

fn gc_collect(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    vm.collect();
    Ok(Value::NONE)
}
fn gc_enable(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    vm.heap.enabled = true;
    Ok(Value::NONE)
}
fn gc_disable(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    vm.heap.enabled = false;
    Ok(Value::NONE)
}
fn gc_isenabled(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::from_bool(vm.heap.enabled))
}
fn gc_mem_free(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    int::from_i64(vm, vm.heap.free_bytes() as i64)
}
fn gc_mem_alloc(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    int::from_i64(vm, vm.heap.used_bytes() as i64)
}
fn gc_threshold(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match a.first() {
        None => {
            let t = vm.heap.threshold_blocks;
            if t == usize::MAX {
                return Ok(Value::small_int(-1));
            }
            int::from_i64(vm, (t * crate::runtime::gc::BLOCK) as i64)
        }
        Some(&v) => {
            let n = int::to_index(vm, v)?;
            vm.heap.threshold_blocks = if n < 0 {
                usize::MAX
            } else {
                n as usize / crate::runtime::gc::BLOCK
            };
            Ok(Value::NONE)
        }
    }
}

builtin_fn!(GC_COLLECT, q::collect, 0, 0, gc_collect);
builtin_fn!(GC_ENABLE, q::enable, 0, 0, gc_enable);
builtin_fn!(GC_DISABLE, q::disable, 0, 0, gc_disable);
builtin_fn!(GC_ISENABLED, q::isenabled, 0, 0, gc_isenabled);
builtin_fn!(GC_MEM_FREE, q::mem_free, 0, 0, gc_mem_free);
builtin_fn!(GC_MEM_ALLOC, q::mem_alloc, 0, 0, gc_mem_alloc);
builtin_fn!(GC_THRESHOLD, q::threshold, 0, 1, gc_threshold);

static GC_TABLE: &[(Qstr, Value)] = &[
    entry!(q::collect, fn GC_COLLECT),
    entry!(q::enable, fn GC_ENABLE),
    entry!(q::disable, fn GC_DISABLE),
    entry!(q::isenabled, fn GC_ISENABLED),
    entry!(q::mem_free, fn GC_MEM_FREE),
    entry!(q::mem_alloc, fn GC_MEM_ALLOC),
    entry!(q::threshold, fn GC_THRESHOLD),
];

// --- utime -----------------------------------------------------------------------------

/// MicroPython's ticks wrap at 2**30 (they stay small ints on 32-bit).
const TICKS_PERIOD: i64 = 1 << 30;

fn t_ticks_ms(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = vm.port.ticks_ms() as i64 & (TICKS_PERIOD - 1);
    Ok(Value::small_int(t as isize))
}
fn t_ticks_us(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = vm.port.ticks_us() as i64 & (TICKS_PERIOD - 1);
    Ok(Value::small_int(t as isize))
}
/// `ticks_diff(old, new)`: new - old, wrapped to a signed period. This is 1.8.3's argument
/// order (its documentation and example); MicroPython 1.9 swapped it to (new, old).
fn t_ticks_diff(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let old = int::to_index(vm, a[0])? as i64;
    let new = int::to_index(vm, a[1])? as i64;
    let d = (new - old).rem_euclid(TICKS_PERIOD);
    let d = if d >= TICKS_PERIOD / 2 {
        d - TICKS_PERIOD
    } else {
        d
    };
    Ok(Value::small_int(d as isize))
}
fn t_ticks_add(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = int::to_index(vm, a[0])? as i64;
    let y = int::to_index(vm, a[1])? as i64;
    Ok(Value::small_int((x + y).rem_euclid(TICKS_PERIOD) as isize))
}
/// Sleep in slices, a safe point after each: Ctrl-C cuts the sleep short
/// and board callbacks run meanwhile. The port's delay returns early when
/// an event is pending, so then the time slept is measured.
#[inline(never)]
fn sleep_ms_impl(vm: &mut Vm, ms: i64) -> PyResult<()> {
    let total = ms.max(0) as u64;
    let mut slept = 0u64;
    let mut last = vm.port.ticks_ms();
    while slept < total {
        let step = (total - slept).min(10) as u32;
        vm.port.delay_ms(step);
        // A delay cut short by an event counts the measured time only; a
        // full one counts its step (test ports have no clock).
        let early = crate::runtime::interrupt::pending();
        vm.check_interrupt()?;
        let now = vm.port.ticks_ms();
        let measured = now.wrapping_sub(last) as u64;
        slept += if early {
            measured
        } else {
            measured.max(step as u64)
        };
        last = now;
    }
    Ok(())
}
fn t_sleep(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let secs = crate::objects::float::to_f64(vm, a[0])?.unwrap_or(0.0);
    sleep_ms_impl(vm, (secs * 1000.0) as i64)?;
    Ok(Value::NONE)
}
fn t_sleep_ms(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let ms = int::to_index(vm, a[0])? as i64;
    sleep_ms_impl(vm, ms)?;
    Ok(Value::NONE)
}
fn t_sleep_us(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let us = int::to_index(vm, a[0])? as i64;
    sleep_ms_impl(vm, us / 1000)?;
    Ok(Value::NONE)
}
fn t_time(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = vm.clock_seconds();
    int::from_i64(vm, s)
}

/// Days from 2000-01-01 (the embedded ports' epoch) to year-month-day, proleptic Gregorian;
/// month may be any integer (it carries into the year) and day may overflow the month.
#[inline(never)]
pub fn days_since_epoch(year: i64, month: i64, day: i64) -> i64 {
    let y = year + (month - 1).div_euclid(12);
    let m = (month - 1).rem_euclid(12) + 1;
    // Days from civil (March-based years), relative to 1970, then moved to 2000.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468 - 10_957 + (day - 1)
}

/// The calendar date of a day count from 2000-01-01: (year, month, day).
#[inline(never)]
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 10_957 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + (m <= 2) as i64;
    (y, m, d)
}

/// A time value as i64 (wider than a 32-bit board's machine word: dates past 2068 in
/// seconds need it); within a few million years, so the calendar arithmetic cannot overflow.
pub fn seconds_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let i = int::as_i64(crate::runtime::args::index_value(vm, v)?);
    match i {
        Some(i) if i.unsigned_abs() < 1 << 46 => Ok(i),
        _ => Err(vm.new_exc_msg(&exc::OVERFLOW_ERROR, "timestamp out of range")),
    }
}

/// `localtime([secs])`: (year, month, mday, hour, minute, second, weekday, yearday), weekday
/// 0 for Monday. Without secs (or None): the board's time, counted from power-up.
fn t_localtime(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let secs = match a.first() {
        Some(v) if !v.is_none() => seconds_arg(vm, *v)?,
        _ => vm.clock_seconds(),
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    // 2000-01-01 was a Saturday (weekday 5).
    let weekday = (days + 5).rem_euclid(7);
    let yearday = days - days_since_epoch(y, 1, 1) + 1;
    let fields = [
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        weekday,
        yearday,
    ];
    let mut items = [Value::NONE; 8];
    for (slot, f) in items.iter_mut().zip(fields) {
        *slot = int::from_i64(vm, f)?;
    }
    crate::objects::tuple::new_tuple(vm, &items)
}

/// `mktime(tuple)`: the inverse of localtime (weekday and yearday are ignored; fields out of
/// range carry, as MicroPython normalises them).
fn t_mktime(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let items = ops::collect_values(vm, a[0])?;
    if items.len() != 8 {
        return Err(vm.type_error(format_args!("mktime needs a tuple of length 8")));
    }
    let mut f = [0i64; 6];
    for (slot, &v) in f.iter_mut().zip(items.as_slice()) {
        *slot = seconds_arg(vm, v)?;
    }
    let days = days_since_epoch(f[0], f[1], f[2]);
    int::from_i64(vm, days * 86_400 + f[3] * 3600 + f[4] * 60 + f[5])
}

builtin_fn!(T_LOCALTIME, q::localtime, 0, 1, t_localtime);
builtin_fn!(T_MKTIME, q::mktime, 1, 1, t_mktime);
builtin_fn!(T_TICKS_MS, q::ticks_ms, 0, 0, t_ticks_ms);
builtin_fn!(T_TICKS_US, q::ticks_us, 0, 0, t_ticks_us);
builtin_fn!(T_TICKS_CPU, q::ticks_cpu, 0, 0, t_ticks_us);
builtin_fn!(T_TICKS_DIFF, q::ticks_diff, 2, 2, t_ticks_diff);
builtin_fn!(T_TICKS_ADD, q::ticks_add, 2, 2, t_ticks_add);
builtin_fn!(T_SLEEP, q::sleep, 1, 1, t_sleep);
builtin_fn!(T_SLEEP_MS, q::sleep_ms, 1, 1, t_sleep_ms);
builtin_fn!(T_SLEEP_US, q::sleep_us, 1, 1, t_sleep_us);
builtin_fn!(T_TIME, q::time, 0, 0, t_time);

static UTIME_TABLE: &[(Qstr, Value)] = &[
    entry!(q::ticks_ms, fn T_TICKS_MS),
    entry!(q::ticks_us, fn T_TICKS_US),
    entry!(q::ticks_cpu, fn T_TICKS_CPU),
    entry!(q::ticks_diff, fn T_TICKS_DIFF),
    entry!(q::ticks_add, fn T_TICKS_ADD),
    entry!(q::sleep, fn T_SLEEP),
    entry!(q::sleep_ms, fn T_SLEEP_MS),
    entry!(q::sleep_us, fn T_SLEEP_US),
    entry!(q::time, fn T_TIME),
    entry!(q::localtime, fn T_LOCALTIME),
    entry!(q::mktime, fn T_MKTIME),
];

fn make_errno(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    let m = module::new_module(vm, name)?;
    let codes = crate::objects::dict::new_dict(vm, ERRNO.len())?;
    for &(code, n) in ERRNO {
        let q = Qstr::intern(n);
        module::set_attr(vm, m, q, Value::small_int(code))?;
        crate::objects::dict::set(vm, codes, Value::small_int(code), Value::qstr(q))?;
    }
    module::set_attr(vm, m, Qstr::intern("errorcode"), codes)?;
    Ok(m)
}

/// Every builtin module: the names it answers to (the u-name first, as `help('modules')`
/// lists it) and its maker, which gets the name it was imported by (`time` or `utime`).
pub static BUILTIN_MODULES: &[crate::ExtraModule] = &[
    (&["builtins"], make_builtins),
    (&["sys", "usys"], |vm, _| make_sys(vm)),
    (&["gc"], |vm, _| module::from_table(vm, q::gc, GC_TABLE)),
    (&["micropython"], |vm, _| {
        module::from_table(vm, q::micropython, micropython::MICROPYTHON_TABLE)
    }),
    (&["utime", "time"], |vm, name| {
        module::from_table(vm, name, UTIME_TABLE)
    }),
    (&["uerrno", "errno"], make_errno),
    (&["uos", "os"], crate::runtime::vfs::make_uos),
    (&["ustruct", "struct"], crate::modules::ustruct::make_struct),
    (
        &["ubinascii", "binascii"],
        crate::modules::ubinascii::make_binascii,
    ),
    (
        &["uhashlib", "hashlib"],
        crate::modules::uhashlib::make_hashlib,
    ),
    (&["math", "umath"], |vm, _| {
        crate::modules::math::make_math(vm, q::math)
    }),
    (&["cmath", "ucmath"], |vm, _| {
        crate::modules::cmath::make_cmath(vm)
    }),
    (&["array", "uarray"], |vm, _| {
        crate::modules::array::make_array(vm)
    }),
    (
        &["ucollections", "collections"],
        crate::modules::ucollections::make,
    ),
    (&["uheapq", "heapq"], crate::modules::uheapq::make),
    (&["ujson", "json"], crate::modules::ujson::make),
    (&["uio", "io"], crate::modules::uio::make_module),
    (&["ure", "re"], crate::modules::ure::make_re),
    (&["uzlib", "zlib"], crate::modules::uzlib::make_zlib),
    (&["uctypes"], crate::modules::uctypes::make),
];

fn make_builtins(vm: &mut Vm, _name: Qstr) -> PyResult<Value> {
    let m = module::new_module(vm, q::builtins)?;
    let md = vm.roots.builtins;
    unsafe { m.as_mut::<module::ModuleObj>() }.dict = md;
    Ok(m)
}

/// The builtin module called `name` (the vm's own, then those a board added), or None.
/// A module answers to several names (`ujson`, `json`); once imported under one, the others
/// give the same object.
pub fn builtin_module(vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let wanted = name.as_str();
    let entry = BUILTIN_MODULES
        .iter()
        .chain(vm.extra_modules.iter())
        .find(|(names, _)| names.contains(&wanted));
    let Some(&(names, make)) = entry else {
        return Ok(None);
    };
    for &other in names {
        let key = Value::qstr(Qstr::intern(other));
        if let Some(m) = crate::objects::dict::get(vm, vm.roots.modules, key)? {
            return Ok(Some(m));
        }
    }
    make(vm, name).map(Some)
}
