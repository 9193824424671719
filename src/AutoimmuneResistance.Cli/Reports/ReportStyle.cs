namespace AutoimmuneResistance.Cli.Reports;

/// <summary>The report's inline style sheet: system fonts, no web fonts or images, readable in print.</summary>
internal static class ReportStyle
{
    /// <summary>The CSS.</summary>
    public const string Css = """

        :root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee4; --paper: #ffffff; --wash: #f5f7f9;
          --shown: #b23a2a; --cannot: #c98a12; --not-shown: #2f7a55; --unknown: #e9c46a; --supported: #3d5a80; --error: #8a1c7c; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--wash); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
        header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 28px; }
        h1 { font-size: 26px; margin: 0 0 6px; }
        h2 { font-size: 20px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
        h3 { font-size: 17px; margin: 0 0 4px; }
        h4 { font-size: 15px; margin: 16px 0 6px; }
        h5 { font-size: 15px; margin: 0 0 4px; }
        a { color: #1d5fa6; }
        nav { margin: 10px 0 0; font-size: 14px; }
        .disclaimer { margin: 0; padding: 8px 12px; background: #fff8e6; border-left: 4px solid var(--cannot); font-size: 14px; }
        section, footer { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 4px 20px 16px; margin: 20px auto; }
        footer { margin-bottom: 40px; font-size: 13px; color: var(--muted); }
        footer h2 { font-size: 15px; }
        .counts { display: flex; gap: 16px; margin: 8px 0 16px; }
        .counts div { flex: 1; background: var(--wash); border-radius: 6px; padding: 10px 14px; }
        .counts dt { font-size: 13px; color: var(--muted); }
        .counts dd { margin: 0; font-size: 26px; font-weight: 600; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        caption { text-align: left; font-weight: 600; padding: 6px 0; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        thead th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        td.subject { white-space: nowrap; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.patients tbody tr:nth-child(even) { background: #fafbfc; }
        tr.error td, tr.error th { background: #fbf1fa; }
        .muted { color: var(--muted); }
        .note { font-size: 13px; color: var(--muted); }
        .stopped { padding: 8px 12px; background: #fdecea; border-left: 4px solid var(--shown); }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; white-space: nowrap; vertical-align: 2px; text-decoration: none; }
        .badge.shown { background: var(--shown); }
        .badge.cannot-tell { background: var(--cannot); }
        .badge.not-shown { background: var(--not-shown); }
        .badge.error { background: var(--error); }
        figure { margin: 12px 0 20px; overflow-x: auto; }
        figcaption { font-size: 13px; color: var(--muted); margin-top: 4px; }
        svg.chart { max-width: 100%; height: auto; font-family: inherit; }
        svg.chart text { font-size: 12px; fill: var(--ink); }
        svg.chart text.group { font-size: 14px; font-weight: 600; }
        svg.chart text.value, svg.chart text.legend { fill: var(--muted); }
        svg.chart .rule { stroke: var(--line); }
        svg.chart .track { fill: #eef1f4; }
        svg.chart .shown { fill: var(--shown); }
        svg.chart .cannot-tell { fill: var(--cannot); }
        svg.chart .not-shown { fill: var(--not-shown); }
        svg.chart .supported { fill: var(--supported); }
        svg.chart .unknown { fill: var(--unknown); }
        article { border-top: 1px solid var(--line); padding: 16px 0 8px; }
        article.patient:target, article.failure:target { background: #f2f7fd; }
        .meta { margin: 0 0 8px; color: var(--muted); font-size: 13px; }
        .summary { font-size: 16px; margin: 8px 0; padding: 10px 14px; background: var(--wash); border-radius: 6px; }
        .therapy { border-left: 4px solid var(--line); padding: 4px 0 4px 12px; margin: 10px 0; }
        .therapy.shown { border-color: var(--shown); }
        .therapy.cannot-tell { border-color: var(--cannot); }
        .therapy.not-shown { border-color: var(--not-shown); }
        .therapy p { margin: 4px 0; }
        .sub { font-weight: 600; font-size: 14px; }
        ul, ol { margin: 4px 0; padding-left: 22px; }
        li { margin: 2px 0; }
        .status { font-size: 12px; font-weight: 600; padding: 0 6px; border-radius: 4px; border: 1px solid currentColor; white-space: nowrap; }
        .status.supported { color: var(--supported); }
        .status.not-supported { color: var(--muted); }
        .status.unknown { color: #9a6a00; }
        .grade, .flags { font-size: 12px; color: var(--muted); font-style: italic; }
        .notes { color: var(--muted); }
        ul.effects { margin: .2em 0 0 1em; padding: 0; color: var(--muted); font-size: .92em; }
        .code, code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
        .fid { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; color: var(--muted); }
        .frefs, .fref, .cite { font-size: 12px; }
        .rule, .gap { font-size: 12px; color: var(--muted); }
        .gap { color: #9a6a00; }
        details { margin: 10px 0; }
        summary { cursor: pointer; font-weight: 600; }
        ol.findings > li { margin: 8px 0; }
        table.timeline { width: auto; margin: 6px 0; font-size: 12px; }
        p.timeline { margin: 6px 0 0; font-size: 12px; color: var(--muted); }
        table.timeline td, table.timeline th { padding: 2px 10px; }
        .met { color: var(--shown); font-weight: 600; }
        table.errors { margin: 6px 0; }
        .top { font-size: 12px; }
        ol.references li { margin: 4px 0; font-size: 14px; }
        @media print { body { background: #fff; } section, footer { border: none; } details > *:not(summary) { display: block; } }

        """;
}
