#!/usr/bin/env python3
"""Writes the whole-pipeline results of benchmarks/pipeline.sh into docs/benchmarks.md.

Only the part between the markers <!-- pipeline:begin --> and <!-- pipeline:end --> is replaced (it is put first when
missing); the JMH part below it is benchmarks/run.sh's. Standard library only.
"""
import argparse
import pathlib

BEGIN, END = "<!-- pipeline:begin -->", "<!-- pipeline:end -->"


def number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def read(path):
    return dict(line.strip().split("=", 1) for line in open(path) if "=" in line and not line.startswith("#"))


def scaling_table(paths):
    """How each latency grows with the number of cases: one row per corpus size measured (each its own run)."""
    runs = sorted((read(p) for p in paths), key=lambda r: number(r.get("cases")) or 0)
    if len(runs) < 2:
        return []
    lines = ["", "### How it grows with the number of cases", "",
             "Each row is its own run of `pipeline.sh` (the size is its MINUTES); compare rows of like load averages "
             "and broker rates (the machine's speed moves between hours: the broker's rate says how fast it was). The "
             "CPU a decision is every process's, from the first post until cases-service was quiet: a small corpus pays "
             "the services' warm-up in it.", "",
             "| cases | decisions | decisions/s | broker, best run (records/s) | CPU a decision (ms) | "
             "`GET /cases/{n}` p50 / p99 (ms) | case list p50 (ms) | "
             "search p95 (ms): 32 connections / one, read afresh | agenda items | RSS cases (MB) | "
             "load before → after | commit |",
             "| ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | ---: | ---: | --- | --- |"]
    for run in runs:
        n = {k: number(v) for k, v in run.items()}
        broker = f"{n['kafka_records_per_s']:,.0f}" if n.get("kafka_records_per_s") else "–"
        # Only runs that counted the CPU until cases-service was quiet (the header's measure); older ones counted on
        # through the check's reading of every case.
        cpu = f"{1000 * n['cpu_s_machine'] / n['decisions']:.2f}" if n.get("cpu_s_machine") and "quiet_seconds" in run \
            else "–"
        lines.append(f"| {int(n['cases']):,} | {int(n['decisions']):,} | {n['decisions'] / n['pipeline_seconds']:,.0f} | "
                     f"{broker} | {cpu} | "
                     f"{run['case_p50']} / {run['case_p99']} | {run['case_page_p50']} | "
                     f"{run['search_p95']} / {run.get('search_fresh_p95', '–')} | {int(n['agenda_items']):,} | "
                     f"{run.get('rss_mb_cases', '?')} | {run.get('load_before', '?')} → {run.get('load_after', '?')} | "
                     f"{run.get('commit', '?')} |")
    return lines


def cpu_row(f, nproc):
    """Where the pipeline's time goes: each part's CPU per decision, from posting until cases-service was quiet (or,
    in runs before that was recorded, until the check had read every case)."""
    parts = [("ingest", "ingest-service"), ("meetings", "meetings-service"), ("cases", "cases-service"),
             ("kafka", "Kafka"), ("postgres", "PostgreSQL")]
    if "cpu_s_machine" not in f:
        return []
    per_decision = lambda seconds: 1000 * seconds / f["decisions"]
    shown = sum(f.get("cpu_s_" + p, 0) for p, _ in parts)
    spent = ", ".join(f"{label} {per_decision(f.get('cpu_s_' + p, 0)):.2f}" for p, label in parts)
    quiet = "quiet_seconds" in f
    quiet_for = int(f.get("quiet_for_seconds") or 3)
    # A case changed after the check took cases-service for quiet (a pause while work was waiting): counted short.
    early = quiet and f["pipeline_seconds"] > f["quiet_seconds"] - quiet_for
    return [(f"CPU per decision in ms, from the first post until cases-service had changed no case for {quiet_for} s"
             if quiet else "CPU per decision in ms, from the first post until the check found every timeline right",
             f"{spent}, the rest (posting and checking tools, the system) {per_decision(f['cpu_s_machine'] - shown):.2f}: "
             f"**{per_decision(f['cpu_s_machine']):.2f} ms** in all ({f['cpu_s_machine']:,.0f} CPU s in "
             f"{f['quiet_seconds' if quiet else 'checked_seconds']:,.0f} s on {nproc} cores"
             + ("; the check's reading of every case after that not counted" if quiet else "")
             + ("; **counted short**: a case changed after that pause, at the pipeline's end)" if early else ")"),
             f"3 % of `ProducerPerformance` on {nproc} cores: about "
             f"{1000 * nproc / (0.03 * f['kafka_records_per_s']):.1f} ms" if f.get("kafka_records_per_s") else "")]


def main():
    p = argparse.ArgumentParser()
    for name in ("results", "out", "command", "nproc", "cpu", "memory", "java", "date"):
        p.add_argument("--" + name, required=True)
    p.add_argument("--scaling", nargs="*", default=[], help="results files of every corpus size, for the scaling table")
    a = p.parse_args()
    r = read(a.results)
    f = {k: number(v) for k, v in r.items()}

    decisions_per_s = f["decisions"] / f["pipeline_seconds"]
    kafka = f.get("kafka_records_per_s") or float("nan")
    cold = number(r.get("kafka_records_per_s_runs", "").split("/")[0])
    case_ratio = f["case_rps"] / f["live_cases_rps"]
    page_ratio = f["case_page_rps"] / f["live_cases_rps"]
    search_ratio = f["search_rps"] / f["live_meetings_rps"]
    startup = ", ".join(f"{s} {r.get('startup_' + s, '?')} s" for s in ("ingest", "meetings", "cases"))
    rss = ", ".join(f"{s} {r.get('rss_mb_' + s, '?')} MB" for s in ("ingest", "meetings", "cases"))
    restart = ", ".join(f"{s} {r.get('restart_' + s, '?')} s (ready {r.get('restart_ready_' + s, '?')} s after its JVM was launched)"
                        for s in ("ingest", "meetings", "cases"))
    c = int(f["connections"]) if "connections" in f else 32

    rows = [
        ("pipeline: synthetic minutes posted → every timeline right",
         f"{int(f['minutes']):,} minutes ({int(f['decisions']):,} decisions, {int(f['cases']):,} cases) in "
         f"{r['pipeline_seconds']} s = **{decisions_per_s:,.0f} decisions/s** (posting took {r['post_seconds']} s"
         + (f", {r['post_batch']} documents a request to `POST /documents/batch`" if int(r.get('post_batch', '1')) > 1
            else ", one document a request")
         + (f"; the check, reading one case at a time, confirmed them all at {r['checked_seconds']} s" if 'checked_seconds' in r else "")
         + "); "
         f"Kafka `ProducerPerformance` 1 KB acks=all: {kafka:,.0f} records/s"
         + (f" (the best of its runs: {r['kafka_records_per_s_runs'].replace('/', ', ')})"
            if 'kafka_records_per_s_runs' in r else "")
         + f" → **{100 * decisions_per_s / kafka:.2f} %**"
         + (f" (of the first run alone, a cold broker, as runs before 2026-12-07 measured it: "
            f"{100 * decisions_per_s / cold:.2f} %)" if cold else ""),
         "≥ 3 % of `ProducerPerformance`"),
        (f"`GET /cases/{{n}}`, random n of {int(f['cases']):,}, {c} connections",
         f"{f['case_rps']:,.0f} req/s = **{100 * case_ratio:.0f} %** of `/q/health/live` ({f['live_cases_rps']:,.0f} req/s); "
         f"p50 {r['case_p50']} ms, p99 **{r['case_p99']} ms**",
         "≥ 40 %, p99 ≤ 20 ms, at ≥ 10,000 cases"),
        ("a page of cases (`/cases?status=IN_PROGRESS`)",
         f"p50 **{r['case_page_p50']} ms**, p99 {r['case_page_p99']} ms, {f['case_page_rps']:,.0f} req/s "
         f"({100 * page_ratio:.0f} % of `/q/health/live`)",
         "p50 ≤ 10 ms"),
        (f"search (`/search?q=svømmehallen`, meetings-service, over {int(f['agenda_items']):,} agenda items)",
         f"{c} connections (pages kept): p50 {r['search_p50']} ms, p95 **{r['search_p95']} ms**, "
         f"{f['search_rps']:,.0f} req/s ({100 * search_ratio:.0f} % of its `/q/health/live`, "
         f"{f['live_meetings_rps']:,.0f} req/s); one connection, each read afresh (`Cache-Control: no-cache`): "
         f"p50 {r.get('search_fresh_p50', '?')} ms, p95 **{r.get('search_fresh_p95', '?')} ms**, "
         f"{f.get('search_fresh_rps') or 0:,.0f} req/s",
         "p95 ≤ 50 ms over ≥ 100,000 items"),
        *cpu_row(f, int(a.nproc)),
        ("memory after the load (RSS); startup", f"{rss}; each restarted alone while the rest runs: started in "
         f"**{restart}**; all at once from empty: started in {startup} (`up.sh`: {r['up_seconds']} s)",
         "each ≤ 300 MB, ready ≤ 3 s"),
    ]
    lines = [BEGIN, "# Benchmarks: the whole pipeline (issue 13)", "",
             f"Generated by `{a.command}` in one run on one machine, all parts running (Kafka, PostgreSQL, the three "
             "services, the load generators): what it does is described at the top of `benchmarks/pipeline.sh`. "
             "Ratios compare with limits measured in the same run. How the numbers were read, what changed because of "
             "them and what is left: [performance.md](performance.md).", "",
             f"- Machine: `nproc` = {a.nproc}, {a.cpu}, {a.memory} RAM; {a.java}",
             f"- Date: {a.date}; wrk: 2 threads, {c} connections, {r.get('duration', '15s')} per load after a {r.get('warmup', '15s')} warm-up that is not recorded",
             f"- Services' JVM options: `{r.get('jvm_opts', '?')}` (`deploy/local/up.sh`); PostgreSQL's autovacuum: "
             f"{r.get('autovacuum', 'as the server was set (not recorded)')}",
             f"- 1-minute load average: {r.get('load_before', '?')} before the run, {r.get('load_after', '?')} after "
             "(other work on the machine shares its cores; compare runs only at a like load)", "",
             "| what | measured | target |", "| --- | --- | --- |"]
    lines += [f"| {w} | {m} | {t} |" for w, m, t in rows]
    backfill_hours = 3_000_000 / decisions_per_s / 3600
    lines += ["",
              f"**One instance of each service, all on this one machine, takes {decisions_per_s:,.0f} decisions/s** from "
              f"posted minutes to right timelines (each half with the machine to itself: below); a national backfill (98 municipalities × 20 years ≈ 3,000,000 decisions, a million "
              f"cases) would take **{backfill_hours:,.1f} hours** at that rate. More goes by scaling out: the topics "
              "have 6 partitions locally, and `TwoCasesInstancesIT` shows two cases-service instances sharing them and "
              "building exactly the timelines of one; ingest-service instances share the parsing, their relays take "
              "turns (one at a time, pipelined).",
              *scaling_table(a.scaling),
              "", "Raw numbers: `benchmarks/results/results-MINUTES.env` (the commit measured is in each; `+changes`: with "
              "uncommitted changes); the parser's own throughput (JMH) follows.",
              END, ""]
    section = "\n".join(lines)

    out = pathlib.Path(a.out)
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + section.rstrip("\n") + text[text.index(END) + len(END):]
    else:
        text = section + "\n" + text
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
