"""Thin command line: parse arguments, call the pipeline, format output, map errors to exits."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from workflow import __version__, languages, pipeline
from workflow.errors import WorkflowError
from workflow.workspace import open_workspace

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--root",
        type=Path,
        default=argparse.SUPPRESS,
        help="workspace folder holding releases/, locales/, output/ (default: current folder)",
    )
    parser = argparse.ArgumentParser(
        prog="workflow",
        description="Press releases -> gettext catalogs -> offline machine translation -> PDFs.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"workflow {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser(
        "extract",
        parents=[common],
        help="write templates and create/update the catalogs of releases",
    )
    p.add_argument("releases", nargs="*", metavar="RELEASE", help="release ids (default: all)")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing on success")

    p = sub.add_parser(
        "status",
        parents=[common],
        help="untranslated / machine / reviewed counts per release and language",
    )
    p.add_argument("releases", nargs="*", metavar="RELEASE")
    p.add_argument("--lang", help="only these languages, comma-separated")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser(
        "segment",
        parents=[common],
        help="print how a text is split into segments, one per line",
    )
    p.add_argument("--lang", required=True, help="language of the text (en, fr, ur, zh...)")
    p.add_argument("file", nargs="?", type=Path, help="text or release file (default: stdin)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except WorkflowError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_ERROR


def _run(args: argparse.Namespace) -> int:
    root = getattr(args, "root", Path("."))
    if args.command == "segment":
        return _segment(args)
    ws = open_workspace(root)
    if args.command == "extract":
        report = pipeline.extract(ws, pipeline.resolve_ids(ws, args.releases))
        if not args.quiet:
            for change in report.written:
                print(f"{change.action:8} {change.path}  {change.detail}".rstrip())
            unchanged = len(report.changes) - len(report.written)
            print(f"{len(report.written)} file(s) written, {unchanged} unchanged")
        return 0
    if args.command == "status":
        rows = pipeline.status(
            ws, pipeline.resolve_ids(ws, args.releases), pipeline.parse_languages(args.lang)
        )
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "release": r.release,
                            "language": r.language,
                            "untranslated": r.untranslated,
                            "machine": r.machine,
                            "reviewed": r.reviewed,
                            "total": r.total,
                            "catalog": r.catalog or None,
                        }
                        for r in rows
                    ],
                    indent=2,
                    ensure_ascii=False,
                )
            )
        else:
            _print_status(rows)
        return 0
    raise AssertionError(args.command)  # pragma: no cover - argparse restricts commands


def _print_status(rows: Sequence[pipeline.StatusRow]) -> None:
    if not rows:
        print("no catalogs")
        return
    width = max(len("release"), *(len(r.release) for r in rows))
    print(f"{'release':{width}}  lang    reviewed  machine  untranslated  total")
    for r in rows:
        if not r.catalog:
            print(f"{r.release:{width}}  {r.language:6}  (no catalog: run workflow extract)")
            continue
        print(
            f"{r.release:{width}}  {r.language:6}  {r.reviewed:8}  {r.machine:7}  "
            f"{r.untranslated:12}  {r.total:5}"
        )


def _segment(args: argparse.Namespace) -> int:
    lang = languages.parse(args.lang, source="--lang")
    if args.file is None:
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        name = str(args.file)
        try:
            data = args.file.read_bytes()
        except OSError as exc:
            raise WorkflowError(f"cannot read: {exc.strerror}", file=name) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WorkflowError(
            "not valid UTF-8", file=name, line=data[: exc.start].count(b"\n") + 1
        ) from None
    for sentence in pipeline.split_text(text.replace("\r\n", "\n"), lang):
        print(sentence)
    return 0
