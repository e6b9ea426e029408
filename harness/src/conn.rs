//! A byte stream to a board with deadline-bounded reads, whatever the transport.
//!
//! A reader thread moves bytes from the transport into a channel, so every read can give up at
//! a deadline (pipes and ptys have no portable read timeout) and a dead transport shows up as
//! `Closed` rather than a hang. Every byte received is also kept in a bounded tail, so a crash
//! report can show what the board said last.
//!
//! A serial port is locked while any handle to it is open, so a [`Conn`] made with
//! [`Conn::closing_on_drop`] closes both halves before its drop returns: the port can be opened
//! again at once, and no old reader is left to steal the new connection's bytes.

use std::collections::VecDeque;
use std::fmt;
use std::io::{self, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How many of the most recent received bytes are kept for diagnostics.
const TAIL: usize = 4096;

/// Why a read ended without what was asked for. Bytes already received are never dropped:
/// they travel in the error.
#[derive(Debug)]
pub enum WireError {
    /// The deadline passed.
    Timeout { partial: Vec<u8> },
    /// The other end closed the stream (the board's process exited, the socket closed).
    Closed { partial: Vec<u8> },
    /// Writing failed.
    Io(io::Error),
}

impl WireError {
    /// The bytes received before the read ended.
    pub fn partial(&self) -> &[u8] {
        match self {
            WireError::Timeout { partial } | WireError::Closed { partial } => partial,
            WireError::Io(_) => &[],
        }
    }
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WireError::Timeout { partial } => {
                write!(f, "timed out after receiving {}", show_bytes(partial))
            }
            WireError::Closed { partial } => {
                write!(
                    f,
                    "connection closed after receiving {}",
                    show_bytes(partial)
                )
            }
            WireError::Io(e) => write!(f, "write failed: {e}"),
        }
    }
}

impl std::error::Error for WireError {}

/// Shows bytes the way Python's `repr(bytes)` would, shortened in the middle when long.
pub fn show_bytes(bytes: &[u8]) -> String {
    const MAX: usize = 160;
    let body = |b: &[u8]| b.escape_ascii().to_string();
    if bytes.len() <= MAX {
        format!("b'{}'", body(bytes))
    } else {
        format!(
            "b'{}'...({} bytes)...b'{}'",
            body(&bytes[..MAX / 2]),
            bytes.len() - MAX,
            body(&bytes[bytes.len() - MAX / 2..])
        )
    }
}

/// The write half, shareable with a thread that forwards a terminal's keys.
pub type SharedWriter = Arc<Mutex<Box<dyn Write + Send>>>;

/// A connection to a board.
pub struct Conn {
    rx: Receiver<Vec<u8>>,
    pending: VecDeque<u8>,
    writer: SharedWriter,
    closed: bool,
    tail: VecDeque<u8>,
    /// Set on drop; the reader thread checks it after every read.
    stop: Arc<AtomicBool>,
    /// The reader thread, when its reads are known to return soon: joined on drop.
    joined: Option<JoinHandle<()>>,
}

impl Conn {
    /// Wraps a transport. `reader` is moved to its own thread, which ends when the transport
    /// reports end of file or an error, or when this `Conn` is dropped and more data arrives.
    pub fn new(reader: impl Read + Send + 'static, writer: impl Write + Send + 'static) -> Self {
        Conn::build(reader, writer, false)
    }

    /// Like [`Conn::new`], for a reader whose reads give up after a short timeout when the
    /// line is idle (a serial port opened with one): dropping the Conn waits for the reader
    /// thread to end, so every handle to the transport is closed when the drop returns.
    pub fn closing_on_drop(
        reader: impl Read + Send + 'static,
        writer: impl Write + Send + 'static,
    ) -> Self {
        Conn::build(reader, writer, true)
    }

    fn build(
        reader: impl Read + Send + 'static,
        writer: impl Write + Send + 'static,
        join: bool,
    ) -> Self {
        let (tx, rx) = mpsc::channel();
        let mut reader = reader;
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let handle = thread::Builder::new()
            .name("conn-reader".into())
            .spawn(move || {
                let mut buf = [0u8; 4096];
                while !stopped.load(Ordering::SeqCst) {
                    match reader.read(&mut buf) {
                        Ok(0) => break,
                        Ok(n) => {
                            if tx.send(buf[..n].to_vec()).is_err() {
                                break;
                            }
                        }
                        // Serial ports report an idle line as a timeout; keep listening.
                        Err(e)
                            if matches!(
                                e.kind(),
                                io::ErrorKind::Interrupted
                                    | io::ErrorKind::TimedOut
                                    | io::ErrorKind::WouldBlock
                            ) =>
                        {
                            // An idle line is also the moment to notice the Conn is gone.
                            if tx.send(Vec::new()).is_err() {
                                break;
                            }
                        }
                        Err(_) => break,
                    }
                }
            })
            .expect("spawning a thread");
        Conn {
            rx,
            pending: VecDeque::new(),
            writer: Arc::new(Mutex::new(Box::new(writer))),
            closed: false,
            tail: VecDeque::with_capacity(TAIL),
            stop,
            joined: join.then_some(handle),
        }
    }

    /// Sends bytes and flushes them.
    pub fn write_all(&mut self, bytes: &[u8]) -> Result<(), WireError> {
        let mut w = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        w.write_all(bytes)
            .and_then(|_| w.flush())
            .map_err(WireError::Io)
    }

    /// The write half, for forwarding keys from another thread.
    pub fn writer(&self) -> SharedWriter {
        self.writer.clone()
    }

    /// The most recent bytes received (up to 4 KiB), for diagnostics.
    pub fn tail(&self) -> Vec<u8> {
        self.tail.iter().copied().collect()
    }

    /// True once the transport has reported end of file.
    pub fn is_closed(&self) -> bool {
        self.closed && self.pending.is_empty()
    }

    fn accept(&mut self, chunk: Vec<u8>) {
        for &b in &chunk {
            if self.tail.len() == TAIL {
                self.tail.pop_front();
            }
            self.tail.push_back(b);
        }
        self.pending.extend(chunk);
    }

    /// Waits until at least one byte is pending; fails at the deadline or when the stream
    /// has closed with nothing left.
    fn fill(&mut self, deadline: Instant) -> Result<(), WireErrorKind> {
        while self.pending.is_empty() {
            if self.closed {
                return Err(WireErrorKind::Closed);
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(WireErrorKind::Timeout);
            }
            match self.rx.recv_timeout(deadline - now) {
                Ok(chunk) => self.accept(chunk),
                Err(RecvTimeoutError::Timeout) => return Err(WireErrorKind::Timeout),
                Err(RecvTimeoutError::Disconnected) => self.closed = true,
            }
        }
        Ok(())
    }

    /// Moves everything that has already arrived into the pending buffer without waiting.
    fn poll(&mut self) {
        loop {
            match self.rx.try_recv() {
                Ok(chunk) => self.accept(chunk),
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => {
                    self.closed = true;
                    return;
                }
            }
        }
    }

    /// True if a byte can be read right now.
    pub fn has_pending(&mut self) -> bool {
        self.poll();
        !self.pending.is_empty()
    }

    /// Reads one byte.
    pub fn read_byte(&mut self, deadline: Instant) -> Result<u8, WireError> {
        match self.fill(deadline) {
            Ok(()) => Ok(self.pending.pop_front().expect("filled")),
            Err(kind) => Err(kind.with(Vec::new())),
        }
    }

    /// Reads exactly `n` bytes.
    pub fn read_exact(&mut self, n: usize, deadline: Instant) -> Result<Vec<u8>, WireError> {
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            if let Err(kind) = self.fill(deadline) {
                return Err(kind.with(out));
            }
            let take = (n - out.len()).min(self.pending.len());
            out.extend(self.pending.drain(..take));
        }
        Ok(out)
    }

    /// Reads until the received bytes end with `pattern`; returns them, pattern included.
    pub fn read_until(&mut self, pattern: &[u8], deadline: Instant) -> Result<Vec<u8>, WireError> {
        let mut out = Vec::new();
        loop {
            if !pattern.is_empty() && out.ends_with(pattern) {
                return Ok(out);
            }
            if let Err(kind) = self.fill(deadline) {
                return Err(kind.with(out));
            }
            out.push(self.pending.pop_front().expect("filled"));
        }
    }

    /// Reads and returns whatever arrives until the line has been quiet for `quiet`, or until
    /// `limit` has passed in all.
    pub fn drain(&mut self, quiet: Duration, limit: Duration) -> Vec<u8> {
        let end = Instant::now() + limit;
        let mut out = Vec::new();
        loop {
            let deadline = (Instant::now() + quiet).min(end);
            match self.fill(deadline) {
                Ok(()) => out.extend(self.pending.drain(..)),
                Err(_) => return out,
            }
        }
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // The write half goes now even if a key-forwarding thread still holds a clone of it.
        *self.writer.lock().unwrap_or_else(|e| e.into_inner()) = Box::new(io::sink());
        if let Some(h) = self.joined.take() {
            let _ = h.join();
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum WireErrorKind {
    Timeout,
    Closed,
}

impl WireErrorKind {
    fn with(self, partial: Vec<u8>) -> WireError {
        match self {
            WireErrorKind::Timeout => WireError::Timeout { partial },
            WireErrorKind::Closed => WireError::Closed { partial },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn conn_over(bytes: &'static [u8]) -> Conn {
        Conn::new(Cursor::new(bytes), io::sink())
    }

    fn soon() -> Instant {
        Instant::now() + Duration::from_secs(2)
    }

    #[test]
    fn read_until_keeps_partial_bytes_on_close() {
        let mut c = conn_over(b"OKhello");
        assert_eq!(c.read_until(b"OK", soon()).unwrap(), b"OK");
        match c.read_until(b"\x04", soon()) {
            Err(WireError::Closed { partial }) => assert_eq!(partial, b"hello"),
            other => panic!("expected Closed, got {other:?}"),
        }
        assert!(c.is_closed());
        assert_eq!(c.tail(), b"OKhello");
    }

    #[test]
    fn read_times_out_with_partial_bytes() {
        let (r, _keep_open) = std::os::unix::net::UnixStream::pair().unwrap();
        let w = r.try_clone().unwrap();
        let mut peer = _keep_open;
        peer.write_all(b"abc").unwrap();
        let mut c = Conn::new(r, w);
        let t0 = Instant::now();
        match c.read_exact(5, Instant::now() + Duration::from_millis(100)) {
            Err(WireError::Timeout { partial }) => assert_eq!(partial, b"abc"),
            other => panic!("expected Timeout, got {other:?}"),
        }
        assert!(t0.elapsed() >= Duration::from_millis(100));
    }

    /// A port with nothing to say: each read times out, as a serial port's does.
    struct IdlePort(Arc<AtomicBool>);

    impl Read for IdlePort {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            thread::sleep(Duration::from_millis(5));
            Err(io::ErrorKind::TimedOut.into())
        }
    }

    impl Drop for IdlePort {
        fn drop(&mut self) {
            self.0.store(true, Ordering::SeqCst);
        }
    }

    #[test]
    fn closing_on_drop_has_closed_the_reader_when_drop_returns() {
        let closed = Arc::new(AtomicBool::new(false));
        let c = Conn::closing_on_drop(IdlePort(closed.clone()), io::sink());
        drop(c);
        assert!(
            closed.load(Ordering::SeqCst),
            "the reader outlived its Conn"
        );
    }

    #[test]
    fn show_bytes_escapes_and_shortens() {
        assert_eq!(show_bytes(b"OK\x04>"), "b'OK\\x04>'");
        let long = vec![b'x'; 1000];
        let shown = show_bytes(&long);
        assert!(shown.contains("(840 bytes)"), "{shown}");
    }
}
