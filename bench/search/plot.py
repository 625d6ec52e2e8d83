#!/usr/bin/env python3
"""p95 over HTTP against the application's CPU per request, for the search runs of
docs/benchmarks.md (bench/search/http-runs.tsv), as an SVG with no library beyond Python's own:

    python3 bench/search/plot.py    # writes docs/figures/search-p95-vs-cpu.svg
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
RUNS = ROOT / "bench/search/http-runs.tsv"
OUT = ROOT / "docs/figures/search-p95-vs-cpu.svg"

COLOURS = {"slower": "#c0392b", "slowest": "#7f1d1d", "quieter": "#0b6e4f"}
LABELS = {"slower": "machines of 2026-11-26 to 2026-12-02 (CPU stolen, speed drifting)",
          "slowest": "the slower machine of 2026-11-27",
          "quieter": "the quieter machine of 2026-12-02 (no CPU stolen)"}
GOAL_MS = 30.0
WIDTH, HEIGHT = 720, 440
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 40, 120
X_MAX, Y_MAX = 3.0, 60.0


def runs():
    for line in RUNS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            day, machine, cpu, p95, label = line.split("\t")
            yield day, machine, float(cpu), float(p95), label


def x(value):
    return LEFT + value / X_MAX * (WIDTH - LEFT - RIGHT)


def y(value):
    return HEIGHT - BOTTOM - value / Y_MAX * (HEIGHT - TOP - BOTTOM)


def main():
    points = list(runs())
    # p95 grows in proportion to the CPU per request (a closed loop of 16 clients on 2 cores)
    slope = sum(c * p for _, _, c, p, _ in points) / sum(c * c for _, _, c, _, _ in points)
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
           f'font-family="sans-serif" font-size="12" aria-labelledby="t d">',
           '<title id="t">Search over HTTP: p95 latency against CPU time per request</title>',
           f'<desc id="d">{len(points)} runs at 16 clients on 2 cores. The p95 grows with the CPU a request '
           f'costs, about {slope:.1f} ms of p95 per ms of CPU; it is under the {GOAL_MS:.0f} ms goal below '
           f'about {GOAL_MS / slope:.1f} ms of CPU per request.</desc>',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>']
    for tick in range(0, 7):
        value = tick * 0.5
        svg.append(f'<line x1="{x(value):.1f}" y1="{y(0):.1f}" x2="{x(value):.1f}" y2="{y(Y_MAX):.1f}" stroke="#eee"/>')
        svg.append(f'<text x="{x(value):.1f}" y="{y(0) + 16:.1f}" text-anchor="middle">{value:.1f}</text>')
    for tick in range(0, 7):
        value = tick * 10
        svg.append(f'<line x1="{x(0):.1f}" y1="{y(value):.1f}" x2="{x(X_MAX):.1f}" y2="{y(value):.1f}" stroke="#eee"/>')
        svg.append(f'<text x="{x(0) - 8:.1f}" y="{y(value) + 4:.1f}" text-anchor="end">{value}</text>')
    svg.append(f'<line x1="{x(0)}" y1="{y(0)}" x2="{x(X_MAX)}" y2="{y(0)}" stroke="#333"/>')
    svg.append(f'<line x1="{x(0)}" y1="{y(0)}" x2="{x(0)}" y2="{y(Y_MAX)}" stroke="#333"/>')
    svg.append(f'<line x1="{x(0)}" y1="{y(GOAL_MS):.1f}" x2="{x(X_MAX)}" y2="{y(GOAL_MS):.1f}" stroke="#1f4e9c" '
               f'stroke-dasharray="6 4"/>')
    svg.append(f'<text x="{x(0.05):.1f}" y="{y(GOAL_MS) - 6:.1f}" fill="#1f4e9c">goal: p95 under {GOAL_MS:.0f} ms</text>')
    end = min(X_MAX, Y_MAX / slope)
    svg.append(f'<line x1="{x(0)}" y1="{y(0)}" x2="{x(end):.1f}" y2="{y(slope * end):.1f}" stroke="#888"/>')
    svg.append(f'<text x="{x(0.6):.1f}" y="{y(slope * 0.6) - 10:.1f}" text-anchor="end" fill="#555">'
               f'p95 = {slope:.1f} × CPU</text>')
    for _, machine, cpu, p95, label in points:
        svg.append(f'<circle cx="{x(cpu):.1f}" cy="{y(p95):.1f}" r="5" fill="{COLOURS[machine]}" fill-opacity="0.8">'
                   f'<title>{label}: {cpu} ms of CPU, p95 {p95} ms</title></circle>')
    svg.append(f'<text x="{(x(0) + x(X_MAX)) / 2:.1f}" y="{y(0) + 36:.1f}" text-anchor="middle">'
               'application CPU per request (ms)</text>')
    svg.append(f'<text transform="translate(18 {(y(0) + y(Y_MAX)) / 2:.1f}) rotate(-90)" text-anchor="middle">'
               'p95 over HTTP, 16 clients (ms)</text>')
    svg.append(f'<text x="{x(0)}" y="22" font-size="14" font-weight="bold">Search over HTTP on 2 cores: '
               'p95 follows the CPU a request costs</text>')
    for row, machine in enumerate(COLOURS):
        top = HEIGHT - BOTTOM + 56 + row * 18
        svg.append(f'<circle cx="{x(0) + 6}" cy="{top - 4}" r="5" fill="{COLOURS[machine]}"/>')
        svg.append(f'<text x="{x(0) + 18}" y="{top}">{LABELS[machine]}</text>')
    svg.append('</svg>')
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(svg) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(points)} runs, p95 = {slope:.2f} x CPU, goal met below {GOAL_MS / slope:.2f} ms")


if __name__ == "__main__":
    main()
