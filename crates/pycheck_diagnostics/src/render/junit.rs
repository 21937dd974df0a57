//! `--output-format junit`: JUnit XML, as CI systems read test reports. Each diagnostic is
//! a test case (an error fails, a free-standing note passes with its text as output) and a
//! file with nothing to report is one passing test case, so the report also shows what
//! was checked. quick-xml writes the elements and escapes every value.

use std::io::{self, Write};

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::{Located, Run, locate};
use crate::Severity;

struct TestCase {
    name: String,
    classname: String,
    /// (type, message, body) of a failing case.
    failure: Option<(String, String, String)>,
    output: Option<String>,
}

pub fn write_junit(out: &mut dyn Write, run: &Run<'_>) -> io::Result<()> {
    let mut cases = Vec::new();
    for file in &run.files {
        let located = locate(file);
        if located.is_empty() {
            cases.push(TestCase {
                name: file.relative_path.to_owned(),
                classname: file.relative_path.to_owned(),
                failure: None,
                output: None,
            });
        }
        for item in &located {
            cases.push(test_case(file.relative_path, item));
        }
    }
    let tests = cases.len().to_string();
    let failures = cases
        .iter()
        .filter(|case| case.failure.is_some())
        .count()
        .to_string();
    let counts = [
        ("tests", tests.as_str()),
        ("failures", failures.as_str()),
        ("errors", "0"),
    ];

    let mut writer = Writer::new_with_indent(&mut *out, b' ', 2);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    writer.write_event(Event::Start(
        BytesStart::new("testsuites")
            .with_attributes([("name", "pycheck")])
            .with_attributes(counts),
    ))?;
    writer.write_event(Event::Start(
        BytesStart::new("testsuite")
            .with_attributes([("name", "pycheck")])
            .with_attributes(counts)
            .with_attributes([("skipped", "0")]),
    ))?;
    for case in &cases {
        let start = BytesStart::new("testcase").with_attributes([
            ("name", case.name.as_str()),
            ("classname", case.classname.as_str()),
        ]);
        if case.failure.is_none() && case.output.is_none() {
            writer.write_event(Event::Empty(start))?;
            continue;
        }
        writer.write_event(Event::Start(start))?;
        if let Some((kind, message, body)) = &case.failure {
            writer
                .create_element("failure")
                .with_attributes([("type", kind.as_str()), ("message", message.as_str())])
                .write_text_content(BytesText::new(body))?;
        }
        if let Some(output) = &case.output {
            writer
                .create_element("system-out")
                .write_text_content(BytesText::new(output))?;
        }
        writer.write_event(Event::End(BytesEnd::new("testcase")))?;
    }
    writer.write_event(Event::End(BytesEnd::new("testsuite")))?;
    writer.write_event(Event::End(BytesEnd::new("testsuites")))?;
    writeln!(out)
}

fn test_case(path: &str, item: &Located<'_>) -> TestCase {
    let diagnostic = item.diagnostic;
    let location = format!("{path}:{}:{}", item.start.line, item.start.column);
    let name = match diagnostic.code {
        Some(code) => format!("{location} [{code}]"),
        None => location.clone(),
    };
    // The body reads like mypy's own lines, so the CI log shows what a terminal would.
    let mut body = format!(
        "{location}: {}: {}",
        diagnostic.severity.as_str(),
        diagnostic.message
    );
    if let Some(code) = diagnostic.code {
        body.push_str(&format!("  [{code}]"));
    }
    for note in &diagnostic.notes {
        body.push_str(&format!("\n{location}: note: {note}"));
    }
    let (failure, output) = match diagnostic.severity {
        Severity::Error => {
            let kind = diagnostic.code.map_or("error", |code| code.name).to_owned();
            (Some((kind, diagnostic.message.clone(), body)), None)
        }
        Severity::Note => (None, Some(body)),
    };
    TestCase {
        name,
        classname: path.to_owned(),
        failure,
        output,
    }
}
