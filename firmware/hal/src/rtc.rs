//! `machine.RTC`: the calendar clock. It is the VM's clock (`Vm::clock_seconds`, which
//! `utime.time()` and `utime.localtime()` read), set here; it runs from the board's tick
//! counter and keeps its setting across soft resets. Until set it counts from power-up as
//! 2000-01-01 00:00:00.
//!
//! Both APIs of 1.8.3's ports are here: `init(datetime)`/`now()` (WiPy: year, month, day,
//! hour, minute, second, microsecond, tzinfo) and `datetime([datetime])` (pyboard: year,
//! month, day, weekday 1-7, hour, minute, second, subseconds).

use alloc::string::String;
use mp_vm::modules::{civil_from_days, days_since_epoch, seconds_arg};
use mp_vm::object::{type_of, ObjBase, PyResult, TypeObj};
use mp_vm::runtime::qstr::{q, Qstr};
use mp_vm::value::Value;
use mp_vm::{builtin_fn, entry, objects::int, objects::tuple, runtime::args, runtime::ops, Vm};

#[repr(C, align(8))]
pub struct RtcObj {
    pub base: ObjBase,
}

pub static RTC_TYPE: TypeObj = TypeObj {
    print: Some(rtc_print),
    new: Some(rtc_new),
    methods: &RTC_METHODS,
    ..TypeObj::builtin(q::RTC)
};

/// The one RTC: every `RTC()` is this object.
pub static RTC: RtcObj = RtcObj {
    base: ObjBase::new(&RTC_TYPE),
};
unsafe impl Sync for RtcObj {}

builtin_fn!(RTC_INIT, q::init, 2, 2, rtc_init);
builtin_fn!(RTC_NOW, q::now, 1, 1, rtc_now);
builtin_fn!(RTC_DATETIME, q::datetime, 1, 2, rtc_datetime);
builtin_fn!(RTC_DEINIT, q::deinit, 1, 1, rtc_deinit);

static RTC_METHODS: [(Qstr, Value); 4] = [
    entry!(q::init, fn RTC_INIT),
    entry!(q::now, fn RTC_NOW),
    entry!(q::datetime, fn RTC_DATETIME),
    entry!(q::deinit, fn RTC_DEINIT),
];

/// Where `deinit()` puts the clock, as the seed says: 2015-01-01 00:00:00.
const DEINIT_SECONDS: i64 = 5479 * 86_400;

fn rtc_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::check_kw(vm, "RTC", kw, &[q::id])?;
    if let Some(id) = args::arg_or_kw(a, 0, kw, q::id) {
        let id = args::index(vm, id)?;
        if id != 0 {
            return Err(vm.value_error(format_args!("RTC({}) doesn't exist", id)));
        }
    }
    Ok(Value::from_static(&RTC))
}

fn check(vm: &mut Vm, v: Value) -> PyResult<()> {
    if core::ptr::eq(type_of(v), &RTC_TYPE) {
        Ok(())
    } else {
        Err(vm.type_error(format_args!("expected an RTC")))
    }
}

/// The fields of a date-time tuple: at least year, month, day; missing ones are 0.
fn fields(vm: &mut Vm, v: Value, min: usize, max: usize) -> PyResult<[i64; 8]> {
    let items = ops::collect_values(vm, v)?;
    let n = items.len();
    if n < min || n > max {
        return Err(vm.value_error(format_args!(
            "datetime tuple needs {} to {} items, got {}",
            min, max, n
        )));
    }
    let mut f = [0i64; 8];
    for (slot, &x) in f.iter_mut().zip(items.as_slice()) {
        *slot = if x.is_none() { 0 } else { seconds_arg(vm, x)? };
    }
    Ok(f)
}

fn set(vm: &mut Vm, year: i64, month: i64, day: i64, h: i64, mi: i64, s: i64) {
    let secs = days_since_epoch(year, month, day) * 86_400 + h * 3600 + mi * 60 + s;
    vm.set_clock_seconds(secs);
}

/// (year, month, day, hour, minute, second, weekday 0-6 from Monday, subsecond µs).
fn read(vm: &mut Vm) -> [i64; 8] {
    let secs = vm.clock_seconds();
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let weekday = (days + 5).rem_euclid(7);
    [y, m, d, rem / 3600, rem % 3600 / 60, rem % 60, weekday, 0]
}

fn new_tuple(vm: &mut Vm, f: &[i64], last: Value) -> PyResult<Value> {
    let mut items = [Value::NONE; 8];
    for (slot, &x) in items.iter_mut().zip(f) {
        *slot = int::from_i64(vm, x)?;
    }
    items[7] = last;
    tuple::new_tuple(vm, &items)
}

fn rtc_init(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check(vm, a[0])?;
    let f = fields(vm, a[1], 3, 8)?;
    set(vm, f[0], f[1], f[2], f[3], f[4], f[5]);
    Ok(Value::NONE)
}

fn rtc_now(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check(vm, a[0])?;
    let t = read(vm);
    new_tuple(vm, &[t[0], t[1], t[2], t[3], t[4], t[5], t[7]], Value::NONE)
}

fn rtc_datetime(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check(vm, a[0])?;
    match a.get(1) {
        Some(&v) => {
            // (year, month, day, weekday, hour, minute, second, subseconds): the weekday is
            // derived from the date, as the pyboard's RTC does.
            let f = fields(vm, v, 8, 8)?;
            set(vm, f[0], f[1], f[2], f[4], f[5], f[6]);
            Ok(Value::NONE)
        }
        None => {
            let t = read(vm);
            let sub = int::from_i64(vm, t[7])?;
            new_tuple(vm, &[t[0], t[1], t[2], t[6] + 1, t[3], t[4], t[5]], sub)
        }
    }
}

fn rtc_deinit(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check(vm, a[0])?;
    vm.set_clock_seconds(DEINIT_SECONDS);
    Ok(Value::NONE)
}

fn rtc_print(_vm: &mut Vm, _v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    out.push_str("RTC()");
    Ok(())
}
