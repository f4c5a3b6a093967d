"""Thin command line: parse arguments, call the pipeline, format output, map errors to exits."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workflow import __version__
from workflow.errors import PublishError, WorkflowError, decode_utf8
from workflow.lang import languages
from workflow.workspace import Workspace, fsio, open_workspace, settings
from workflow.workspace.fsio import read_input
from workflow.workspace.progress import ProgressBar

if TYPE_CHECKING:  # the steps are imported by the commands that use them: a fast start
    from workflow.cluster.session import Cluster
    from workflow.run import Row as RunRow
    from workflow.run import RunReport

EXIT_ERROR = 1
EXIT_INTERRUPTED = 130

Handler = Callable[[Workspace, argparse.Namespace], int]


@dataclass(frozen=True)
class Arg:
    """One argument of a command: argparse's flags and keywords."""

    flags: tuple[str, ...]
    options: dict[str, Any] = field(default_factory=dict)


def arg(*flags: str, **options: Any) -> Arg:
    return Arg(flags, options)


RELEASES = arg("releases", nargs="*", metavar="RELEASE", help="release ids (default: all)")
QUIET = arg("--quiet", "-q", action="store_true", help="print only errors")
JSON = arg("--json", action="store_true", help="machine-readable output")
ENGINE = arg("--engine", help="force an engine: argos or bergamot")


def _lang(help: str, **options: Any) -> Arg:
    return arg("--lang", help=help, **options)


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    handler: str  # name of the function in this module: cmd_<name>
    args: tuple[Arg, ...] = ()
    actions: tuple[Command, ...] = ()  # sub-actions (models list|install|remove)
    exclusive: tuple[Arg, ...] = ()  # arguments that exclude each other
    description: Callable[[], str] | None = None  # a long --help text, verbatim


# The command line as a table: command, one-line help, handler, arguments.
COMMANDS: tuple[Command, ...] = (
    Command(
        "extract",
        "write templates and create/update the catalogs of releases",
        "cmd_extract",
        (RELEASES, arg("--quiet", "-q", action="store_true", help="print nothing on success")),
    ),
    Command(
        "status",
        "untranslated / machine / reviewed counts per release and language",
        "cmd_status",
        (RELEASES, _lang("only these languages, comma-separated"), JSON),
    ),
    Command(
        "translate",
        "fill untranslated entries from translation memory, then by machine (offline)",
        "cmd_translate",
        (
            RELEASES,
            _lang("only these target languages, comma-separated"),
            ENGINE,
            arg("--retranslate", action="store_true", help="also replace machine (fuzzy) entries"),
            arg("--batch-size", type=int, default=32, help="segments per engine call"),
            arg("--quiet", "-q", action="store_true", help="no progress, no summary"),
        ),
    ),
    Command(
        "build",
        "typeset one PDF per language (final: reviewed only; --draft: machine text)",
        "cmd_build",
        (
            RELEASES,
            _lang("only these languages, comma-separated (default: all)"),
            arg("--draft", action="store_true", help="build unreviewed languages as marked drafts"),
            arg(
                "--proof",
                action="store_true",
                help="bilingual proofs for reviewers instead: source next to translation, "
                "per target",
            ),
            QUIET,
        ),
    ),
    Command(
        "models",
        "list, install and remove Argos translation packages",
        "",
        actions=(
            Command(
                "list", "installed packages and engine per language", "cmd_models_list", (JSON,)
            ),
            Command(
                "install",
                "install FILE.argosmodel, or --from-index SRC TGT from the package index",
                "cmd_models_install",
                (
                    arg("file", nargs="?", type=Path, help="an .argosmodel package file"),
                    arg("--from-index", nargs=2, metavar=("SRC", "TGT"), help="download SRC->TGT"),
                    arg(
                        "--index-url", help="package index URL (default: workflow.toml or Argos's)"
                    ),
                ),
            ),
            Command(
                "remove",
                "remove the SRC->TGT package",
                "cmd_models_remove",
                (arg("src"), arg("tgt")),
            ),
        ),
    ),
    Command(
        "run",
        "extract, translate, check and build: the nightly batch, incremental",
        "cmd_run",
        (
            RELEASES,
            _lang("only these target languages, comma-separated"),
            ENGINE,
            arg("--force", action="store_true", help="redo releases even if unchanged"),
            arg("--wait", action="store_true", help="wait for another run to finish"),
            arg(
                "--cluster",
                metavar="ADDRESS",
                help="translate and typeset on a Dask cluster: tcp://HOST:8786 (a `dask "
                "scheduler`), local:N (N worker processes here), off (default: [cluster] "
                "scheduler, else this machine)",
            ),
        ),
        exclusive=(
            arg("--quiet", "-q", action="store_true", help="print only failures"),
            arg("--verbose", "-v", action="store_true", help="also list unchanged releases"),
            arg("--json", action="store_true", help="machine-readable summary"),
        ),
    ),
    Command(
        "clean",
        "list the files left by removed releases and languages (PDFs, HTML, templates, "
        "catalogs without a person's work); --yes removes them",
        "cmd_clean",
        (
            arg("--yes", action="store_true", help="remove them (default: only list them)"),
            arg("--wait", action="store_true", help="wait for a run to finish"),
        ),
    ),
    Command(
        "diff",
        "for fuzzy entries whose source changed: a word diff of the source, next to the "
        "current translation",
        "cmd_diff",
        (
            RELEASES,
            _lang("the catalog's language", required=True),
            arg("--color", choices=("auto", "always", "never"), default="auto"),
        ),
    ),
    Command(
        "check",
        "quality checks on machine and reviewed entries (file:line: severity: check: msg)",
        "cmd_check",
        (
            RELEASES,
            _lang("only these languages, comma-separated"),
            JSON,
            arg("--list", action="store_true", help="list the checks and exit"),
            arg(
                "--annotate",
                action="store_true",
                help="write each entry's problems into the catalog as comments translators see",
            ),
        ),
    ),
    Command(
        "recover",
        "list the saved states of catalogs, or write one back (after a lost or broken save)",
        "cmd_recover",
        (
            arg("catalog", nargs="?", metavar="CATALOG", help="catalog path (or its unique end)"),
            arg("--list", action="store_true", help="list the saved states (of CATALOG or all)"),
            arg(
                "--digest",
                metavar="D",
                help="the state to restore (default: the newest that differs from the file)",
            ),
        ),
    ),
    Command(
        "settings",
        "every table and key of workflow.toml: meaning, type, default, this workspace's value",
        "cmd_settings",
        (JSON,),
        description=lambda: "workflow.toml, its keys with their defaults:\n\n" + settings.render(),
    ),
    Command(
        "serve",
        "a web page for press staff: the board, release pages, Run and Build draft",
        "cmd_serve",
        (
            arg("--port", type=int, default=8470, help="port to listen on (default: 8470)"),
            arg(
                "--host",
                default="127.0.0.1",
                help="address to listen on (default: 127.0.0.1; any other needs a token)",
            ),
            arg("--token", help="every request must carry it (default: [serve] token)"),
        ),
    ),
    Command(
        "doctor",
        "what a run needs and whether this machine has it: gettext, Pango/HarfBuzz, fonts per "
        "script, engine per language pair, write access, disk, settings (exit 1: something "
        "is missing)",
        "cmd_doctor",
    ),
    Command(
        "segment",
        "print how a text is split into segments, one per line",
        "cmd_segment",
        (
            _lang("language of the text (en, fr, ur, zh...)", required=True),
            arg("file", nargs="?", type=Path, help="text or release file (default: stdin)"),
        ),
    ),
)


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
    _add_commands(parser, COMMANDS, "command", common)
    return parser


def _add_commands(
    parser: argparse.ArgumentParser,
    commands: Sequence[Command],
    dest: str,
    common: argparse.ArgumentParser,
) -> None:
    sub = parser.add_subparsers(dest=dest, metavar="COMMAND" if dest == "command" else "ACTION")
    sub.required = True
    for command in commands:
        p = sub.add_parser(
            command.name,
            parents=[common],
            help=command.help,
            description=command.description() if command.description else None,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        for a in command.args:
            p.add_argument(*a.flags, **a.options)
        if command.exclusive:
            group = p.add_mutually_exclusive_group()
            for a in command.exclusive:
                group.add_argument(*a.flags, **a.options)
        if command.actions:
            _add_commands(p, command.actions, f"{command.name}_command", common)
        if command.handler:
            p.set_defaults(handler=command.handler)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return _dispatch(args)
    except WorkflowError as exc:
        _print_error(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_ERROR
    except OSError as exc:  # a full disk, a folder without access: one line, never a traceback
        _print_error(_os_error(exc))
        return EXIT_ERROR


def _os_error(exc: OSError) -> WorkflowError:
    """An OSError no module turned into a `WorkflowError`, as one line naming the file."""
    if exc.errno in fsio.DISK_ERRORS:
        return fsio.write_error(exc)
    where = os.fsdecode(exc.filename) if exc.filename is not None else None
    return WorkflowError(exc.strerror or str(exc), file=where)


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "segment":  # needs no workspace
        return cmd_segment(args)
    if args.command == "doctor":  # reports a workspace that does not open, too
        return cmd_doctor(args)
    ws = open_workspace(getattr(args, "root", Path(".")))
    handler: Handler = globals()[args.handler]
    return handler(ws, args)


def cmd_extract(ws: Workspace, args: argparse.Namespace) -> int:
    from workflow.catalogs import extract
    from workflow.source import lint

    ids = ws.resolve_ids(args.releases)
    report = extract.extract(ws, ids)
    for release_id in ids:  # Markdown printed other than it reads: the press officer's to fix
        for warning in lint.release_warnings(ws.load_release(release_id)):
            print(f"warning: {warning}", file=sys.stderr)
    if not args.quiet:
        for change in report.written:
            print(f"{change.action:8} {change.path}  {change.detail}".rstrip())
        unchanged = len(report.changes) - len(report.written)
        print(f"{len(report.written)} file(s) written, {unchanged} unchanged")
    return 0


def cmd_translate(ws: Workspace, args: argparse.Namespace) -> int:
    from workflow.mt import translate

    if args.batch_size < 1:
        raise WorkflowError("--batch-size must be at least 1")
    ids = ws.resolve_ids(args.releases)
    releases = [ws.load_release(i) for i in ids]
    options = translate.Options(
        languages=tuple(languages.parse_list(args.lang)),
        engine=args.engine,
        retranslate=args.retranslate,
        batch_size=args.batch_size,
    )
    bar = ProgressBar("translating") if not args.quiet and sys.stderr.isatty() else None
    try:
        report = translate.run(ws, releases, options, bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    failed = [c for c in report.catalogs if c.error]
    for c in failed:
        print(f"error: {c.error}", file=sys.stderr)
    for pair in report.no_engine:  # one line per language pair, not per catalog
        print(f"error: {pair}", file=sys.stderr)
    if not args.quiet:
        for c in report.catalogs:
            if c.error or not (c.machine or c.memory):
                continue
            parts = [f"{c.machine} machine" + (f" ({c.engine})" if c.engine else "")]
            if c.memory:
                parts.append(f"{c.memory} from memory")
            if c.flagged:
                parts.append(f"{c.flagged} flagged: markup or figures not restored")
            if c.kept_edits:
                parts.append("merged a translator's save made during the run")
            if c.converted_from:
                parts.append(f"converted from {c.converted_from} to UTF-8")
            print(f"{c.path}: " + ", ".join(parts))
        waiting = sum(c.waiting for c in report.catalogs if c.people_only)
        if waiting:
            print(f"{waiting} entr(ies) of people-only languages wait for their translators")
        print(f"{report.segments} segment(s) translated in {len(report.catalogs)} catalog(s)")
    return EXIT_ERROR if failed or report.no_engine else 0


def _print_error(exc: WorkflowError) -> None:
    """An error on stderr: 'error: file:line: message [lang] (hint)', then, for a refused final
    build, the entries in the way, one an indented line (other errors: their details, such as
    both sides of a merge conflict)."""
    print(f"error: {exc}", file=sys.stderr)
    for line in exc.blocking if isinstance(exc, PublishError) else exc.details:
        print(f"  {line}", file=sys.stderr)


def cmd_build(ws: Workspace, args: argparse.Namespace) -> int:
    from workflow.publish import build

    only = languages.parse_list(args.lang)
    jobs = []
    for release_id in ws.resolve_ids(args.releases):
        rel = ws.load_release(release_id)
        for lang in rel.targets if args.proof else (rel.language, *rel.targets):
            if not only or lang in only:
                jobs.append(build.Job(rel.id, lang.code, args.draft, proof=args.proof))
    if not jobs:
        raise WorkflowError("nothing to build", hint="check --lang against the releases' languages")
    bar = ProgressBar("building") if not args.quiet and sys.stderr.isatty() else None
    try:
        results = build.run(ws, jobs, bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    failed = 0
    for r in results:
        if r.ok:
            if not args.quiet:
                print(f"{r.kind:5}  {r.pdf}  ({r.pages} page{'s' if r.pages != 1 else ''})")
            continue
        failed += 1
        if r.error is not None:
            _print_error(r.error)
    if failed and not args.quiet:
        print(f"{failed} of {len(results)} PDF(s) not built", file=sys.stderr)
    return EXIT_ERROR if failed else 0


def cmd_models_install(ws: Workspace, args: argparse.Namespace) -> int:
    from workflow.mt import packages
    from workflow.mt.engines import select

    if bool(args.file) == bool(args.from_index):
        raise WorkflowError(
            "give either FILE.argosmodel or --from-index SRC TGT",
            hint="e.g. workflow models install translate-en_fr-1_9.argosmodel",
        )
    folder = select.argos_dir(ws)
    if args.file:
        info = packages.install_file(args.file, folder)
    else:
        src, tgt = (languages.parse(c, source="--from-index").tag for c in args.from_index)
        info = packages.install_from_index(src, tgt, args.index_url or select.index_url(ws), folder)
    print(f"installed {info.name} {info.version} ({info.from_code}->{info.to_code})")
    print(f"  in {info.path}")
    return 0


def cmd_models_remove(ws: Workspace, args: argparse.Namespace) -> int:
    from workflow.mt import packages
    from workflow.mt.engines import select

    src, tgt = (languages.parse(c).tag for c in (args.src, args.tgt))
    for item in packages.remove(select.argos_dir(ws), src, tgt):
        if isinstance(item, packages.BrokenPackage):
            print(f"removed broken package {item.path.name!r}")
        else:
            print(f"removed {item.name} {item.version}")
    return 0


def cmd_models_list(ws: Workspace, args: argparse.Namespace) -> int:
    from workflow.mt import packages
    from workflow.mt.engines import select

    folder = select.argos_dir(ws)
    installed, broken = packages.scan(folder, clean=True)
    pairs = select.Engines(ws).describe(
        [ws.load_release(release_id) for release_id in ws.release_ids()]
    )
    if args.json:
        listing = {
            "packages_dir": str(folder),
            "installed": [
                {
                    "name": i.name,
                    "from": i.from_code,
                    "to": i.to_code,
                    "version": i.version,
                    "path": str(i.path),
                }
                for i in installed
            ],
            "broken": [{"path": str(x.path), "reason": x.reason} for x in broken],
            "engines": [{"from": a, "to": b, "engine": e} for (a, b), e in pairs.items()],
        }
        print(json.dumps(listing, indent=2, ensure_ascii=False))
        return 0
    print(f"Argos packages in {folder}:")
    for i in installed:
        print(f"  {i.from_code}->{i.to_code}  {i.name} {i.version}")
    for bad in broken:
        print(f"  broken  {bad.path.name!r}: {bad.reason}")
    if broken:
        print("  (remove a broken package with: workflow models remove SRC TGT)")
    if not installed:
        print("  (none) install one with: workflow models install FILE.argosmodel")
    print("Engine per language pair of this workspace:")
    for (a, b), e in pairs.items():
        print(f"  {a}->{b}  {e}")
    return 0


def cmd_run(ws: Workspace, args: argparse.Namespace) -> int:
    from workflow import run
    from workflow.workspace import state

    options = run.Options(
        languages=tuple(languages.parse_list(args.lang)), engine=args.engine, force=args.force
    )
    cluster = _cluster(ws, args.cluster)  # before the lock: no scheduler, nothing written
    if cluster is not None:
        options = dataclasses.replace(options, cluster=cluster)
    bars: dict[str, ProgressBar] = {}

    def progress(step: str, done: int, total: int) -> None:
        if step not in bars:
            for bar in bars.values():
                bar.close()
            bars.clear()
            bars[step] = ProgressBar(step)
        bars[step].update(done, total)

    interactive = sys.stderr.isatty() and not (args.quiet or args.json)
    try:
        with state.workspace_lock(ws, wait=args.wait):
            try:
                report = run.batch(ws, args.releases, options, progress if interactive else None)
            finally:
                for bar in bars.values():
                    bar.close()
    except OSError as exc:  # a folder the run cannot write: one line, not a traceback
        _print_error(_os_error(exc))
        _point_to_doctor(ws)
        return EXIT_ERROR
    except WorkflowError as exc:
        _print_error(exc)
        _point_to_doctor(ws)
        return exc.exit_code
    finally:
        if cluster is not None:
            cluster.close()
    if args.json:
        summary = _run_json(report)
        if cluster is not None:
            summary["cluster"] = cluster.summary()
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        _print_run_report(report, args)
    redone = [r for r in report.rows if r.built == "failed" and not r.unchanged]
    if redone or report.failures:  # not for failures reported again from the state
        _point_to_doctor(ws)
    return 0 if report.ok else EXIT_ERROR


def _cluster(ws: Workspace, given: str | None) -> Cluster | None:
    """--cluster, else workflow.toml [cluster] scheduler; `off` or neither: None."""
    from workflow.cluster import address

    text = given if given is not None else ws.settings.cluster.scheduler
    if text is None or text.strip() == address.OFF:
        return None
    from workflow.cluster import session

    return session.connect(ws, address.parse(text))


def _point_to_doctor(ws: Workspace) -> None:
    """After a failed run: if `workflow doctor` finds something the run needs missing (a font,
    an engine, a folder it cannot write...), say so and name the command."""
    from workflow import doctor

    failed = doctor.diagnose(ws.root).failed
    if failed:
        print(
            f"hint: this machine or workspace lacks what the run needs ({failed[0].what}"
            + (f", and {len(failed) - 1} more" if len(failed) > 1 else "")
            + f"): see `workflow doctor --root {ws.root}`",
            file=sys.stderr,
        )


def _run_json(report: RunReport) -> dict[str, object]:
    return {
        "ok": report.ok,
        "translated": report.translated,
        "seconds": {step: round(t, 3) for step, t in report.seconds.items()},
        "unchanged": report.unchanged,
        "failures": report.failures,
        "waiting": [
            {
                "from": w.src,
                "to": w.tgt,
                "entries": w.entries,
                "catalogs": w.catalogs,
                "message": str(w),
            }
            for w in report.waiting
        ],
        "rows": [
            {
                "release": r.release,
                "language": r.language or None,
                "reviewed": r.reviewed,
                "total": r.total,
                "untranslated": r.untranslated,
                "errors": r.errors,
                "warnings": r.warnings,
                "built": r.built,
                "pdf": r.pdf or None,
                "proof": r.proof or None,
                "message": r.message or None,
                "unchanged": r.unchanged,
            }
            for r in report.rows
        ],
    }


def _print_run_report(report: RunReport, args: argparse.Namespace) -> None:
    for line in report.failures:
        print(f"error: {line}", file=sys.stderr)
    for r in report.rows:
        if r.built == "failed":
            again = " (unchanged since the last run)" if r.unchanged else ""
            if r.message.startswith(("releases/", "locales/")):  # it names its file:line
                print(f"error: {r.message}{again}", file=sys.stderr)
                continue
            where = f"{r.release} [{r.language}]" if r.language else r.release
            print(f"error: {where}: {r.message}{again}", file=sys.stderr)
    for pair in report.waiting:  # one line per language pair, not per catalog
        print(f"error: {pair}", file=sys.stderr)
    if not args.quiet:
        _print_run_table(report.rows)
        if args.verbose:
            for release_id in report.unchanged:
                print(f"unchanged  {release_id}")
        failures = len(report.failures) + sum(r.built == "failed" for r in report.rows)
        print(
            f"{len({r.release for r in report.rows if not r.unchanged})} release(s) processed, "
            f"{len(report.unchanged)} unchanged, {report.translated} segment(s) translated, "
            f"{failures} failure(s)"
            + (f", {len(report.waiting)} language pair(s) without engine" if report.waiting else "")
        )


def _print_run_table(rows: Sequence[RunRow]) -> None:
    if not rows:
        return
    width = max(len("release"), *(len(r.release) for r in rows))
    lw = max(6, *(len(r.language) for r in rows))
    print(f"{'release':{width}}  {'lang':{lw}}  reviewed  problems  built")
    for r in rows:
        if not r.language:  # the release itself could not be read
            print(f"{r.release:{width}}  {'-':{lw}}  {'':>8}  {'':>8}  failed")
            continue
        failed = r.built == "failed" and not r.total  # its catalog could not be read
        share = "-" if failed else f"{r.reviewed}/{r.total}"
        problems = "-" if failed else f"{r.errors}E {r.warnings}W"
        built = r.built + (" (unchanged)" if r.unchanged else "")
        built += "  + proof" if r.proof else ""
        print(f"{r.release:{width}}  {r.language:{lw}}  {share:>8}  {problems:>8}  {built}")


def cmd_clean(ws: Workspace, args: argparse.Namespace) -> int:
    """A dry run by default: what would go, and what stays because a person wrote in it."""
    from workflow import clean
    from workflow.workspace import state

    with state.workspace_lock(ws, wait=args.wait):
        leftovers = clean.find(ws)
        removed = clean.remove(ws, leftovers) if args.yes else []
    if not leftovers:
        print("nothing left by removed releases or languages")
        return 0
    for item in leftovers:
        if item.keep:
            print(f"kept     {item.path}  ({item.why}; {item.keep})")
        else:
            print(f"{'removed' if args.yes else 'remove':8} {item.path}  ({item.why})")
    kept = sum(bool(item.keep) for item in leftovers)
    if args.yes:
        print(f"{len(removed)} file(s) removed, {kept} kept (a person's work)")
    else:
        print(
            f"{len(leftovers) - kept} file(s) to remove, {kept} kept (a person's work); "
            "nothing removed: `workflow clean --yes` removes them"
        )
    return 0


def cmd_diff(ws: Workspace, args: argparse.Namespace) -> int:
    from workflow.catalogs import pofile, review

    lang = languages.parse(args.lang, source="--lang")
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    shown = 0
    for release_id in ws.resolve_ids(args.releases):
        path = ws.catalog_path(release_id, lang)
        data = read_input(path, "catalog", name=ws.rel(path))
        if data is None:
            continue
        po = pofile.parse(data, path=ws.rel(path))
        for rev in pofile.revisions(po):
            shown += 1
            print(f"{ws.rel(path)}:{rev.line}: ({rev.reference})")
            print(
                "  source:      "
                + review.render(review.word_diff(rev.previous, rev.msgid), color=color)
            )
            print("  translation: " + rev.msgstr)
            print()
    if not shown:
        print(f"no changed source sentences waiting for review in {lang.code}")
    return 0


def cmd_status(ws: Workspace, args: argparse.Namespace) -> int:
    from workflow import clean, status

    ids = ws.resolve_ids(args.releases)
    rows = status.checks(ws, ids, languages.parse_list(args.lang), isolate=True)
    broken = [r for r in rows if r.error]
    if args.json:
        print(json.dumps([status.as_json(r) for r in rows], indent=2, ensure_ascii=False))
        for r in broken:
            print(f"error: {r.error}", file=sys.stderr)
        return EXIT_ERROR if broken else 0
    if not rows:
        print("no catalogs")
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")

    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if color else text

    width = max(len("release"), *(len(r.release) for r in rows)) if rows else 7
    lw = max(6, *(len(r.language) for r in rows)) if rows else 6  # zh_Hans, pt_BR in line
    if rows:
        print(
            f"{'release':{width}}  {'lang':{lw}}  reviewed  machine  untranslated  errors  "
            "warnings  publish"
        )
    for r in rows:
        if r.error:  # a release or catalog that cannot be read: its own row, the rest goes on
            lang = r.language or "-"
            print(f"{r.release:{width}}  {lang:{lw}}  {paint('error', '31')}: {r.error}")
            continue
        if r.missing:
            print(f"{r.release:{width}}  {r.language:{lw}}  (no catalog: run workflow extract)")
            continue
        verdict = paint("yes", "32") if r.publishable else paint("no", "31")
        errors = paint(f"{r.errors:6}", "31") if r.errors else f"{r.errors:6}"
        warnings = paint(f"{r.warnings:8}", "33") if r.warnings else f"{r.warnings:8}"
        print(
            f"{r.release:{width}}  {r.language:{lw}}  {r.reviewed:8}  {r.machine:7}  "
            f"{r.untranslated:12}  {errors}  {warnings}  {verdict}"
        )
    if not args.releases:  # files of releases or languages that are gone
        leftovers = clean.find(ws)
        if leftovers:
            print(
                f"{len(leftovers)} file(s) left by removed releases or languages "
                "(`workflow clean` lists them; `workflow clean --yes` removes what it may):"
            )
            for item in leftovers[:10]:
                print(f"  {item.path}  ({item.why})")
            if len(leftovers) > 10:
                print(f"  ... and {len(leftovers) - 10} more")
    for r in broken:  # on stderr too, one line each, as every command says an error
        print(f"error: {r.error}", file=sys.stderr)
    return EXIT_ERROR if broken else 0


def cmd_check(ws: Workspace, args: argparse.Namespace) -> int:
    from workflow.quality import gate, registry

    if args.list:
        for check in registry.CHECKS.values():
            print(f"{check.name:13} {check.severity:8} {check.description}")
        return 0
    found, annotated = gate.check_releases(
        ws,
        ws.resolve_ids(args.releases),
        languages.parse_list(args.lang),
        write=args.annotate,
    )
    errors = sum(p.severity == "error" for p in found)
    for p in found:
        if p.check == "unreadable":  # said on stderr too: the checks of that file did not run
            print(f"error: {p.where}: {p.message}", file=sys.stderr)
            for line in p.details:
                print(f"  {line}", file=sys.stderr)
    if args.json:
        print(json.dumps([p.to_json() for p in found], indent=2, ensure_ascii=False))
    else:
        for p in found:
            print(p)
        print(
            f"{errors} error(s), {len(found) - errors} warning(s)"
            + (f"; {annotated} entr(ies) annotated" if args.annotate else ""),
            file=sys.stderr,
        )
    return EXIT_ERROR if errors else 0


def cmd_recover(ws: Workspace, args: argparse.Namespace) -> int:
    from workflow.catalogs import guard
    from workflow.workspace import history, state

    if args.list or not args.catalog:
        saved = history.states(ws)
        if args.catalog:
            name = history.find_catalog(ws, args.catalog)
            saved = {name: saved[name]}
        if not saved:
            print("no saved catalog states")
        for name, states in saved.items():
            print(name)
            for s in reversed(states):
                print(f"  {s.time}  {s.digest[:12]}  {s.reviewed:4}/{s.total} reviewed  {s.source}")
        return 0
    with state.workspace_lock(ws):
        restored = guard.recover(ws, args.catalog, args.digest)
    print(
        f"restored {history.find_catalog(ws, args.catalog)} as of {restored.time} "
        f"({restored.digest[:12]}, {restored.reviewed}/{restored.total} reviewed)"
    )
    return 0


def cmd_settings(ws: Workspace, args: argparse.Namespace) -> int:
    """The schema of workflow.toml with this workspace's values (checked on opening)."""
    if args.json:
        out = [k.as_json() for _, _, keys in settings.schema(ws.settings) for k in keys]
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(settings.render(ws.settings), end="")
    return 0


def cmd_serve(ws: Workspace, args: argparse.Namespace) -> int:
    from workflow.serve import app

    token = args.token or ws.settings.serve.token
    return app.serve(ws, host=args.host, port=args.port, token=token)


def cmd_segment(args: argparse.Namespace) -> int:
    from workflow.catalogs import extract

    lang = languages.parse(args.lang, source="--lang")
    if args.file is None:
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        name = str(args.file)
        found = read_input(args.file, "release", name=name, confined=False)
        if found is None:
            raise WorkflowError("cannot read: No such file or directory", file=name)
        data = found
    text = decode_utf8(data, file=name, hint=None)
    for sentence in extract.split_text(text.replace("\r\n", "\n"), lang):
        print(sentence)
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    """One screen: each check a line (ok, warn, FAIL), a hint under what is missing."""
    from workflow import doctor

    report = doctor.diagnose(getattr(args, "root", Path(".")))
    marks = {"ok": "ok  ", "warn": "warn", "fail": "FAIL"}
    print(f"workflow doctor: {report.root}")
    for check in report.checks:
        print(f"  {marks[check.status]}  {check.topic:11}  {check.what}")
        if check.hint and check.status != "ok":
            print(f"        {'':11}  -> {check.hint}")
    problems = len(report.failed)
    warnings = sum(c.status == "warn" for c in report.checks)
    if problems:
        print(f"{problems} thing(s) a run needs are missing (FAIL above)")
    else:
        print("everything a run needs is here" + (f" ({warnings} warning(s))" if warnings else ""))
    return 0 if report.ok else EXIT_ERROR
