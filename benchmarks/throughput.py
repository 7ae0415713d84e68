"""Throughput and memory of a whole build on the shared news sample (12,000 articles, ~10M words).

    python benchmarks/throughput.py                      # 12,000 articles, every core
    python benchmarks/throughput.py --workers 1 2        # compare 1 and 2 workers
    python benchmarks/throughput.py --replicate 10       # 120,000 articles (each copy under a new id)
    python benchmarks/throughput.py --workers 1 2 --repeat 3   # interleaved runs, medians

Runs `dataset-tools build` as a separate process (no cache) and prints articles/s, words per CPU-second
(user + system time of the whole process tree), wall time and peak memory of the process tree (the sum
of the processes' proportional set sizes, sampled from /proc, so memory forked workers share with the
parent counts once). The corpus is unpacked into a temporary folder and never copied into the repository.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news-sample.tar.gz"


def unpack(corpus: Path, into: Path, replicate: int) -> tuple[Path, int, int]:
    """Seed folder with the corpus' articles (``replicate`` copies under new ids); articles and words."""
    seeds = into / "seeds"
    seeds.mkdir(parents=True)
    with tarfile.open(corpus) as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".txt")]
        texts = {Path(m.name).stem: tar.extractfile(m).read() for m in members}  # type: ignore[union-attr]
    words = 0
    for copy in range(replicate):
        for stem, data in texts.items():
            (seeds / f"{stem}-r{copy}.txt" if replicate > 1 else seeds / f"{stem}.txt").write_bytes(data)
            words += len(data.decode("utf-8").split(" ", 3)[-1].split()) if copy == 0 else 0
    return seeds, len(texts) * replicate, words * replicate


def tree_rss(root_pid: int) -> int:
    """Memory of a process and all its descendants, in bytes: the sum of their proportional set sizes
    (PSS), so pages that forked workers share with the parent are counted once, not once per process."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
        except (OSError, IndexError, ValueError):
            pass
    return total


def run_build(seeds: Path, out: Path, workers: int, engine: str) -> dict[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, "-m", "dataset_tools.cli", "build", str(seeds), "--out", str(out),
               "--workers", str(workers), "--engine", engine, "--no-progress"]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss(process.pid))
            stop.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    stop.set()
    sampler.join()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        sys.exit(f"build failed ({process.returncode}):\n{stderr[-4000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(stdout.strip())
    return {"wall": wall, "cpu": cpu, "peak_rss": peak}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--replicate", type=int, default=1)
    parser.add_argument("--workers", type=int, nargs="+", default=[os.cpu_count() or 1])
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each worker count this many times, interleaved, and report the medians "
                             "(a shared or virtual machine's speed drifts between runs)")
    parser.add_argument("--engine", default="local", choices=["local", "dask"])
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")
    with tempfile.TemporaryDirectory(prefix="dataset-tools-bench-") as tmp:
        seeds, n_articles, words = unpack(args.corpus, Path(tmp), args.replicate)
        print(f"corpus: {n_articles} articles, {words} words; machine: {os.cpu_count()} cores")
        runs: dict[int, list[dict[str, float]]] = {w: [] for w in args.workers}
        for _ in range(args.repeat):
            for workers in args.workers:
                r = run_build(seeds, Path(tmp) / f"out-{workers}", workers, args.engine)
                shutil.rmtree(Path(tmp) / f"out-{workers}")
                runs[workers].append(r)
                print(f"workers={workers}: {n_articles / r['wall']:.1f} articles/s, "
                      f"{words / r['cpu']:,.0f} words per CPU-second, wall {r['wall']:.1f} s, "
                      f"CPU {r['cpu']:.1f} s, peak memory (PSS of the process tree) {r['peak_rss'] / 2**20:,.0f} MiB",
                      flush=True)
        wall = {w: statistics.median(r["wall"] for r in rs) for w, rs in runs.items()}
        if args.repeat > 1:
            for workers, rs in runs.items():
                cpu = statistics.median(r["cpu"] for r in rs)
                print(f"median of {args.repeat}, workers={workers}: wall {wall[workers]:.1f} s, "
                      f"{words / cpu:,.0f} words per CPU-second, "
                      f"peak memory {max(r['peak_rss'] for r in rs) / 2**20:,.0f} MiB (highest)")
        if 1 in wall:
            for workers in wall:
                if workers != 1:
                    print(f"speed-up {workers} workers vs 1: {wall[1] / wall[workers]:.2f}x")


if __name__ == "__main__":
    main()
