using System.Text;
using static AutoimmuneResistance.Cli.Reports.ReportText;

namespace AutoimmuneResistance.Cli.Reports;

/// <summary>One bar: a count out of a total, drawn as a share of the total, with an optional second segment stacked after it.</summary>
/// <param name="Label">The bar's label, shown left of it.</param>
/// <param name="Value">The count the bar shows.</param>
/// <param name="Total">The count it is a share of (the patients of its group).</param>
/// <param name="Css">The CSS class of the bar's colour.</param>
/// <param name="Text">The text shown right of the bar, for example <c>40 (22 %)</c>.</param>
/// <param name="Extra">A second count stacked after the first (0 for none).</param>
/// <param name="ExtraCss">The CSS class of the second segment.</param>
internal sealed record ChartBar(string Label, long Value, long Total, string Css, string Text, long Extra = 0, string? ExtraCss = null);

/// <summary>A group of bars under a heading (one disease).</summary>
/// <param name="Label">The heading.</param>
/// <param name="Bars">The bars.</param>
internal sealed record ChartGroup(string Label, IReadOnlyList<ChartBar> Bars);

/// <summary>
/// A horizontal bar chart as inline SVG: no script, no external resource. Accessible: the chart is an image with a
/// <c>title</c> and a <c>desc</c>, every bar carries its own <c>title</c>, and the labels and values are text in the
/// picture, so it reads without hovering and prints.
/// </summary>
internal static class SvgBarChart
{
    private const int Width = 880;
    private const int LabelWidth = 320;
    private const int BarArea = 340;
    private const int RowHeight = 22;
    private const int GroupHeading = 30;
    private const int MaxLabelLength = 58;

    /// <summary>Writes the chart.</summary>
    /// <param name="id">A unique id (for the title and description).</param>
    /// <param name="title">What the chart shows, one line.</param>
    /// <param name="description">How to read it.</param>
    /// <param name="groups">The groups of bars.</param>
    /// <param name="legend">The colours: CSS class and meaning.</param>
    /// <returns>The <c>svg</c> element.</returns>
    public static string Render(string id, string title, string description, IReadOnlyList<ChartGroup> groups, IReadOnlyList<(string Css, string Label)> legend)
    {
        var height = 34 + groups.Sum(g => GroupHeading + (Math.Max(g.Bars.Count, 1) * RowHeight)) + 8;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Inv($"<title id=\"{id}-title\">{Html(title)}</title><desc id=\"{id}-desc\">{Html(description)}</desc>"));

        // The legend on the first line.
        var x = LabelWidth;
        foreach (var (css, label) in legend)
        {
            svg.Append(Inv($"<rect class=\"key {css}\" x=\"{x}\" y=\"8\" width=\"12\" height=\"12\" rx=\"2\"/><text class=\"legend\" x=\"{x + 17}\" y=\"18\">{Html(label)}</text>"));
            x += 28 + (label.Length * 7);
        }

        var y = 34;
        foreach (var group in groups)
        {
            svg.Append(Inv($"<text class=\"group\" x=\"0\" y=\"{y + 20}\">{Html(group.Label)}</text>"));
            svg.Append(Inv($"<line class=\"rule\" x1=\"0\" x2=\"{Width}\" y1=\"{y + 26}\" y2=\"{y + 26}\"/>"));
            y += GroupHeading;
            if (group.Bars.Count == 0)
            {
                svg.Append(Inv($"<text class=\"value\" x=\"{LabelWidth}\" y=\"{y + 15}\">none</text>"));
                y += RowHeight;
                continue;
            }

            foreach (var bar in group.Bars)
            {
                var label = bar.Label.Length > MaxLabelLength ? bar.Label[..(MaxLabelLength - 1)].TrimEnd() + "…" : bar.Label;
                var width = Scale(bar.Value, bar.Total);
                var extra = Scale(bar.Extra, bar.Total);
                svg.Append("<g class=\"row\">");
                svg.Append(Inv($"<title>{Html(group.Label)}: {Html(bar.Label)}: {Html(bar.Text)}</title>"));
                svg.Append(Inv($"<text class=\"label\" x=\"{LabelWidth - 10}\" y=\"{y + 15}\" text-anchor=\"end\">{Html(label)}</text>"));
                svg.Append(Inv($"<rect class=\"track\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{BarArea}\" height=\"14\" rx=\"2\"/>"));
                svg.Append(Inv($"<rect class=\"bar {bar.Css}\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{width:0.#}\" height=\"14\" rx=\"2\"/>"));
                if (bar.Extra > 0 && bar.ExtraCss is not null)
                {
                    svg.Append(Inv($"<rect class=\"bar {bar.ExtraCss}\" x=\"{LabelWidth + width:0.#}\" y=\"{y + 4}\" width=\"{extra:0.#}\" height=\"14\" rx=\"2\"/>"));
                }

                svg.Append(Inv($"<text class=\"value\" x=\"{LabelWidth + BarArea + 10}\" y=\"{y + 15}\">{Html(bar.Text)}</text>"));
                svg.Append("</g>");
                y += RowHeight;
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double Scale(long value, long total) => total <= 0 ? 0 : Math.Round(BarArea * (double)value / total, 1);
}
