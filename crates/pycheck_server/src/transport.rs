//! The framing of messages on stdio, in front of `tower-lsp`.
//!
//! `tower-lsp` stops reading at the first frame it cannot decode (its `FramedRead` ends
//! the stream after a decoder error), so one malformed message used to end the session.
//! Here every frame is read and checked first: the header, UTF-8, JSON, the shape of a
//! JSON-RPC message. Valid messages reach `tower-lsp`, re-serialised, through an in-memory
//! pipe; invalid ones are answered here, `-32700` (parse error) or `-32600` (invalid
//! request), and a header block without a `Content-Length` is skipped up to the next one.
//! Both write whole frames, in turn, through one channel to the real output. Only the end
//! of the input (or an error reading it) ends the session.

use serde_json::{Value, json};
use tokio::io::{
    AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader, DuplexStream,
};
use tokio::sync::mpsc;
use tower_lsp::{ClientSocket, LanguageServer, LspService, Server};

use crate::{LogLevel, log};

/// The largest message the server reads; a longer one is skipped and answered with
/// `-32600`.
pub const MAX_MESSAGE_BYTES: usize = 64 << 20;
/// The largest header block (the lines before a body).
const MAX_HEADER_BYTES: usize = 8 << 10;
/// The buffer of each pipe between the framing and `tower-lsp`.
const PIPE_BYTES: usize = 64 << 10;
/// Frames waiting to be written.
const OUTPUT_QUEUE: usize = 64;

const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;

/// Serves `service` on `input` and `output` until the input ends.
pub(crate) async fn serve<S, I, O>(
    input: I,
    output: O,
    log_level: LogLevel,
    service: LspService<S>,
    socket: ClientSocket,
) -> std::io::Result<()>
where
    S: LanguageServer,
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin,
{
    let (to_server, server_input) = tokio::io::duplex(PIPE_BYTES);
    let (server_output, from_server) = tokio::io::duplex(PIPE_BYTES);
    let (frames, queued) = mpsc::channel(OUTPUT_QUEUE);
    let read = read_input(input, to_server, frames.clone(), log_level);
    let relay = relay(from_server, frames);
    let server = Server::new(server_input, server_output, socket).serve(service);
    let serving = async {
        tokio::join!(relay, server);
    };
    let write = write_output(output, queued);
    tokio::pin!(read, serving, write);
    let mut served = false;
    let read = loop {
        tokio::select! {
            read = &mut read => break read,
            () = &mut serving, if !served => served = true,
            // The output is closed: nothing more can be answered.
            written = &mut write => return written,
        }
    };
    // The input has ended, so the client is gone. Work in flight gets a moment to finish
    // and be written, no more: a handler waiting to send to a client that no longer
    // reads must not keep the process alive.
    let finished = tokio::time::timeout(END_OF_INPUT_GRACE, async {
        if !served {
            serving.await;
        }
        write.await
    })
    .await;
    match finished {
        Ok(written) => read.and(written),
        Err(_) => {
            log(
                log_level,
                LogLevel::Warn,
                "work still running when the input ended was left unfinished",
            );
            read
        }
    }
}

/// How long requests still running when the input ends may take to finish.
const END_OF_INPUT_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

/// Reads frames from `input`: valid messages go to the server, invalid ones are answered
/// on `answers`.
async fn read_input(
    input: impl AsyncRead + Unpin,
    mut to_server: DuplexStream,
    answers: mpsc::Sender<Vec<u8>>,
    log_level: LogLevel,
) -> std::io::Result<()> {
    let mut frames = FrameReader::new(input, MAX_MESSAGE_BYTES);
    loop {
        let frame = match frames.next().await {
            Ok(frame) => frame,
            Err(error) => {
                log(
                    log_level,
                    LogLevel::Error,
                    format_args!("reading the input: {error}"),
                );
                return Err(error);
            }
        };
        let answer = match frame {
            Frame::Body(body) => match validate(body) {
                Ok(message) => {
                    let header = format!("Content-Length: {}\r\n\r\n", message.len());
                    let forwarded = async {
                        to_server.write_all(header.as_bytes()).await?;
                        to_server.write_all(&message).await
                    };
                    if forwarded.await.is_err() {
                        // The server stopped reading: it has ended.
                        return Ok(());
                    }
                    continue;
                }
                Err(answer) => answer,
            },
            Frame::Oversized(length) => error_response(
                Value::Null,
                INVALID_REQUEST,
                format!(
                    "Invalid request: a message of {length} bytes, more than the \
                     {MAX_MESSAGE_BYTES} the server reads; skipped"
                ),
            ),
            Frame::Unframed(problem) => {
                log(
                    log_level,
                    LogLevel::Error,
                    format_args!("skipped {problem}, up to the next Content-Length header"),
                );
                continue;
            }
            Frame::End(None) => return Ok(()),
            Frame::End(Some(problem)) => {
                log(log_level, LogLevel::Error, format_args!("{problem}"));
                return Ok(());
            }
        };
        log(
            log_level,
            LogLevel::Warn,
            format_args!(
                "answered a malformed message with {}: {}",
                answer["error"]["code"],
                answer["error"]["message"].as_str().unwrap_or_default()
            ),
        );
        let answer = serde_json::to_vec(&answer).expect("a JSON value serialises");
        if answers.send(answer).await.is_err() {
            return Ok(());
        }
    }
}

/// Passes the frames the server writes on to the output.
async fn relay(from_server: DuplexStream, frames: mpsc::Sender<Vec<u8>>) {
    let mut reader = FrameReader::new(from_server, usize::MAX);
    loop {
        match reader.next().await {
            Ok(Frame::Body(body)) => {
                if frames.send(body).await.is_err() {
                    return;
                }
            }
            Ok(Frame::End(_)) | Err(_) => return,
            Ok(_) => {}
        }
    }
}

/// Writes each queued body as one frame, until every sender is gone.
async fn write_output(
    mut output: impl AsyncWrite + Unpin,
    mut frames: mpsc::Receiver<Vec<u8>>,
) -> std::io::Result<()> {
    while let Some(body) = frames.recv().await {
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        output.write_all(header.as_bytes()).await?;
        output.write_all(&body).await?;
        if frames.is_empty() {
            output.flush().await?;
        }
    }
    output.flush().await
}

/// The next thing on a stream of frames.
#[derive(Debug, PartialEq)]
enum Frame {
    /// A whole body.
    Body(Vec<u8>),
    /// A body longer than the limit, read past.
    Oversized(usize),
    /// A header block without a usable `Content-Length` (what is wrong with it): where its
    /// body ends is unknown, so the stream is read on to the next `Content-Length` header.
    Unframed(String),
    /// The end of the stream; if it cut a frame short, what was cut.
    End(Option<String>),
}

/// Reads frames (`Content-Length: N`, other headers, an empty line, N bytes) leniently:
/// `\n` ends a header line as well as `\r\n`, header names are case-insensitive, headers
/// other than `Content-Length` and lines that are no header are ignored, and so is what
/// precedes `Content-Length:` on its line (the rest of a body longer than its header said).
struct FrameReader<R> {
    reader: BufReader<R>,
    limit: usize,
    /// The previous header block said no length: skip to the next `Content-Length`.
    resynchronise: bool,
}

/// How a resynchronised header starts; its first byte occurs only once in it, which
/// [`skip_past`] relies on.
const CONTENT_LENGTH: &[u8] = b"content-length:";

impl<R: AsyncRead + Unpin> FrameReader<R> {
    fn new(reader: R, limit: usize) -> Self {
        FrameReader {
            reader: BufReader::new(reader),
            limit,
            resynchronise: false,
        }
    }

    async fn next(&mut self) -> std::io::Result<Frame> {
        let mut line = Vec::new();
        let mut started = false;
        if std::mem::take(&mut self.resynchronise) {
            if !skip_past(&mut self.reader, CONTENT_LENGTH).await? {
                return Ok(Frame::End(None));
            }
            line.extend_from_slice(CONTENT_LENGTH);
            started = true;
        }
        let mut length = None;
        let mut problem = None;
        let mut header_bytes = line.len();
        loop {
            let budget = MAX_HEADER_BYTES.saturating_sub(header_bytes);
            let read = (&mut self.reader)
                .take(budget as u64)
                .read_until(b'\n', &mut line)
                .await?;
            header_bytes += read;
            if line.last() != Some(&b'\n') {
                if read < budget {
                    let cut = (started || !line.is_empty())
                        .then(|| "the input ended inside a header".to_owned());
                    return Ok(Frame::End(cut));
                }
                self.resynchronise = true;
                return Ok(Frame::Unframed(format!(
                    "a header block longer than {MAX_HEADER_BYTES} bytes"
                )));
            }
            let text = line.strip_suffix(b"\n").unwrap_or(&line);
            let text = text.strip_suffix(b"\r").unwrap_or(text);
            if text.is_empty() {
                if started {
                    break;
                }
                // Empty lines between frames.
                header_bytes = 0;
                line.clear();
                continue;
            }
            started = true;
            let header = text
                .windows(CONTENT_LENGTH.len())
                .position(|name| name.eq_ignore_ascii_case(CONTENT_LENGTH));
            if let Some(start) = header {
                let value = &text[start + CONTENT_LENGTH.len()..];
                let parsed = std::str::from_utf8(value)
                    .ok()
                    .and_then(|value| value.trim().parse::<usize>().ok());
                match parsed {
                    Some(parsed) => length = Some(parsed),
                    None => {
                        problem = Some(format!(
                            "a header block with an invalid Content-Length {:?}",
                            String::from_utf8_lossy(value.trim_ascii())
                        ))
                    }
                }
            }
            line.clear();
        }
        let (Some(length), None) = (length, &problem) else {
            self.resynchronise = true;
            let problem =
                problem.unwrap_or_else(|| "a header block without Content-Length".to_owned());
            return Ok(Frame::Unframed(problem));
        };
        let mut body = (&mut self.reader).take(length as u64);
        if length > self.limit {
            let skipped = tokio::io::copy(&mut body, &mut tokio::io::sink()).await?;
            if skipped < length as u64 {
                return Ok(Frame::End(Some(cut_short(skipped as usize, length))));
            }
            return Ok(Frame::Oversized(length));
        }
        // Reserved at once (pages are only touched as bytes arrive): growing by doubling
        // would leave freed blocks of every size behind.
        let mut bytes = Vec::with_capacity(length);
        body.read_to_end(&mut bytes).await?;
        if bytes.len() < length {
            return Ok(Frame::End(Some(cut_short(bytes.len(), length))));
        }
        Ok(Frame::Body(bytes))
    }
}

fn cut_short(read: usize, length: usize) -> String {
    format!("the input ended {read} bytes into a message of {length} bytes")
}

/// Reads past the next occurrence of `needle` (ASCII, matched case-insensitively, its
/// first byte occurring once in it); false if the stream ends first.
async fn skip_past(
    reader: &mut BufReader<impl AsyncRead + Unpin>,
    needle: &[u8],
) -> std::io::Result<bool> {
    let mut matched = 0;
    loop {
        let buffer = reader.fill_buf().await?;
        if buffer.is_empty() {
            return Ok(false);
        }
        for (at, byte) in buffer.iter().enumerate() {
            if byte.eq_ignore_ascii_case(&needle[matched]) {
                matched += 1;
                if matched == needle.len() {
                    reader.consume(at + 1);
                    return Ok(true);
                }
            } else {
                matched = usize::from(byte.eq_ignore_ascii_case(&needle[0]));
            }
        }
        let consumed = buffer.len();
        reader.consume(consumed);
    }
}

/// A body as `tower-lsp` may read it (re-serialised: one spelling, no duplicate keys), or
/// the error response that answers it. A large message is held in one form at a time:
/// the body is dropped once parsed, the parsed value once serialised.
fn validate(body: Vec<u8>) -> Result<Vec<u8>, Value> {
    let parse_error =
        |detail: String| error_response(Value::Null, PARSE_ERROR, format!("Parse error: {detail}"));
    let text = String::from_utf8(body).map_err(|error| {
        parse_error(format!("the message is not UTF-8 ({})", error.utf8_error()))
    })?;
    let message: Value =
        serde_json::from_str(&text).map_err(|error| parse_error(error.to_string()))?;
    let length = text.len();
    drop(text);
    if let Err((id, problem)) = shape(&message) {
        return Err(error_response(
            id,
            INVALID_REQUEST,
            format!("Invalid request: {problem}"),
        ));
    }
    let mut forwarded = Vec::with_capacity(length);
    serde_json::to_writer(&mut forwarded, &message).expect("a JSON value serialises");
    Ok(forwarded)
}

/// Whether `message` is a JSON-RPC 2.0 request, notification or response; if not, the id
/// to answer with (null unless the message has a valid one) and what is wrong.
fn shape(message: &Value) -> Result<(), (Value, &'static str)> {
    let Value::Object(fields) = message else {
        let problem = match message {
            Value::Array(_) => "the message is an array (a batch), which LSP does not use",
            _ => "the message is not a JSON object",
        };
        return Err((Value::Null, problem));
    };
    let id = fields.get("id");
    let valid_id = match id {
        None | Some(Value::Null | Value::String(_)) => true,
        Some(Value::Number(number)) => number.is_i64(),
        Some(_) => false,
    };
    if !valid_id {
        return Err((Value::Null, "\"id\" is not a string, an integer or null"));
    }
    let answer_id = id.cloned().unwrap_or(Value::Null);
    if fields.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return Err((answer_id, "\"jsonrpc\" is not \"2.0\""));
    }
    if let Some(method) = fields.get("method") {
        if !method.is_string() {
            return Err((answer_id, "\"method\" is not a string"));
        }
        return Ok(());
    }
    if fields.contains_key("result") || fields.contains_key("error") {
        if id.is_none() {
            return Err((Value::Null, "a response without \"id\""));
        }
        if !fields.contains_key("result") {
            let error = &fields["error"];
            let code_ok = error.get("code").is_some_and(Value::is_i64);
            let message_ok = error.get("message").is_some_and(Value::is_string);
            if !(code_ok && message_ok) {
                return Err((
                    answer_id,
                    "an error response's \"error\" lacks an integer \"code\" or a string \"message\"",
                ));
            }
        }
        return Ok(());
    }
    Err((
        answer_id,
        "neither a request (\"method\") nor a response (\"result\" or \"error\")",
    ))
}

fn error_response(id: Value, code: i64, message: String) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}})
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn frames(input: &[u8]) -> Vec<Frame> {
        let mut reader = FrameReader::new(input, 100);
        let mut frames = Vec::new();
        loop {
            let frame = reader.next().await.unwrap();
            let end = matches!(frame, Frame::End(_));
            frames.push(frame);
            if end {
                return frames;
            }
        }
    }

    fn body(text: &str) -> Frame {
        Frame::Body(text.as_bytes().to_vec())
    }

    #[tokio::test]
    async fn frames_are_read_leniently() {
        let input = b"Content-Length: 2\r\n\r\n{}\
            content-length:3\nContent-Type: application/vscode-jsonrpc; charset=utf-8\n\n[1]\
            \r\n\r\nX-Other: 1\r\nnot a header\r\nContent-Length: 1\r\n\r\n7";
        assert_eq!(
            frames(input).await,
            vec![body("{}"), body("[1]"), body("7"), Frame::End(None)]
        );
        // A length longer than its body: the frame takes in part of the next, whose rest
        // runs into the header after it, which is still found.
        let input = b"Content-Length: 30\r\n\r\n{}Content-Length: 12\r\n\r\n{\"a\":[1,2,3]}\
            Content-Length: 1\r\n\r\n1";
        let frames = frames(input).await;
        assert_eq!(frames[1..], [body("1"), Frame::End(None)], "{frames:?}");
    }

    #[tokio::test]
    async fn a_header_block_without_a_length_is_skipped_to_the_next_one() {
        let input = b"Content-Type: x\r\n\r\n{\"a\": 1}Content-Length: 2\r\n\r\n{}\
            Content-Length: ten\r\n\r\n0123456789CONTENT-LENGTH: 1\r\n\r\n5";
        assert_eq!(
            frames(input).await,
            vec![
                Frame::Unframed("a header block without Content-Length".into()),
                body("{}"),
                Frame::Unframed("a header block with an invalid Content-Length \"ten\"".into()),
                body("5"),
                Frame::End(None),
            ]
        );
    }

    #[tokio::test]
    async fn an_endless_header_or_an_oversized_body_is_read_past() {
        let mut input = vec![b'x'; MAX_HEADER_BYTES + 10];
        input.extend_from_slice(b"\r\n\r\nContent-Length: 101\r\n\r\n");
        input.extend_from_slice(&[b' '; 101]);
        input.extend_from_slice(b"Content-Length: 2\r\n\r\n{}");
        let frames = frames(&input).await;
        assert!(matches!(frames[0], Frame::Unframed(_)), "{frames:?}");
        assert_eq!(
            frames[1..],
            [Frame::Oversized(101), body("{}"), Frame::End(None)]
        );
    }

    #[tokio::test]
    async fn the_end_of_the_input_inside_a_frame_is_told() {
        assert_eq!(frames(b"").await, vec![Frame::End(None)]);
        assert_eq!(frames(b"\r\n").await, vec![Frame::End(None)]);
        assert_eq!(
            frames(b"Content-Length: 10\r\n\r\n{\"id\":").await,
            vec![Frame::End(Some(
                "the input ended 6 bytes into a message of 10 bytes".into()
            ))]
        );
        assert_eq!(
            frames(b"Content-Length: 10\r\n").await,
            vec![Frame::End(Some("the input ended inside a header".into()))]
        );
    }

    fn code(body: &[u8]) -> (i64, Value) {
        let answer = validate(body.to_vec()).unwrap_err();
        (
            answer["error"]["code"].as_i64().unwrap(),
            answer["id"].clone(),
        )
    }

    #[test]
    fn invalid_messages_get_their_json_rpc_error() {
        assert_eq!(
            code(b"{\"jsonrpc\":\"2.0\",\"id\":"),
            (PARSE_ERROR, Value::Null)
        );
        assert_eq!(code(b"\"\xff\""), (PARSE_ERROR, Value::Null));
        assert_eq!(code(b""), (PARSE_ERROR, Value::Null));
        assert_eq!(code(b"[]"), (INVALID_REQUEST, Value::Null));
        assert_eq!(code(b"42"), (INVALID_REQUEST, Value::Null));
        assert_eq!(
            code(b"{\"id\":5,\"method\":\"x\"}"),
            (INVALID_REQUEST, json!(5))
        );
        assert_eq!(
            code(b"{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"x\"}"),
            (INVALID_REQUEST, Value::Null)
        );
        assert_eq!(
            code(b"{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":3}"),
            (INVALID_REQUEST, json!("a"))
        );
        assert_eq!(
            code(b"{\"jsonrpc\":\"2.0\",\"id\":1}"),
            (INVALID_REQUEST, json!(1))
        );
        assert_eq!(
            code(b"{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":\"x\"}}"),
            (INVALID_REQUEST, json!(1))
        );
    }

    /// What passes is what `tower-lsp` reads without an error (which would end its input).
    #[test]
    fn valid_messages_are_read_by_tower_lsp() {
        let messages = [
            json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}}),
            json!({"jsonrpc": "2.0", "id": "x", "method": "m"}),
            json!({"jsonrpc": "2.0", "id": null, "method": "m", "params": 5}),
            json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
            json!({"jsonrpc": "2.0", "id": 3, "result": null}),
            json!({"jsonrpc": "2.0", "id": 3, "error": {"code": -1, "message": "no"}}),
            json!({"jsonrpc": "2.0", "id": 3, "method": "m", "result": 1, "extra": []}),
        ];
        for message in messages {
            let forwarded = validate(message.to_string().into_bytes()).unwrap();
            let text = std::str::from_utf8(&forwarded).unwrap();
            let read = text.parse::<tower_lsp::jsonrpc::Response>().is_ok()
                || serde_json::from_str::<tower_lsp::jsonrpc::Request>(text).is_ok();
            assert!(read, "{text}");
        }
        // Nesting: what is deeper than `tower-lsp` reads is a parse error here.
        for depth in [100, 125, 126, 127, 128, 200] {
            let body = format!(
                r#"{{"jsonrpc":"2.0","id":1,"method":"m","params":{{"a":{}1{}}}}}"#,
                "[".repeat(depth),
                "]".repeat(depth)
            );
            match validate(body.into_bytes()) {
                Ok(forwarded) => {
                    let text = std::str::from_utf8(&forwarded).unwrap();
                    serde_json::from_str::<tower_lsp::jsonrpc::Request>(text).unwrap();
                }
                Err(answer) => assert_eq!(answer["error"]["code"], PARSE_ERROR, "{answer}"),
            }
        }
        // A duplicate key, which `tower-lsp`'s reader refuses, is re-serialised away.
        let duplicate = br#"{"jsonrpc":"2.0","id":1,"id":2,"method":"m"}"#;
        let forwarded = validate(duplicate.to_vec()).unwrap();
        let text = std::str::from_utf8(&forwarded).unwrap();
        serde_json::from_str::<tower_lsp::jsonrpc::Request>(text).unwrap();
    }
}
