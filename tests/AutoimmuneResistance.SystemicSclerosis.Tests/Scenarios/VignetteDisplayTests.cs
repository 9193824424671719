using System.Collections;
using System.Net;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Scenarios;

// Vignette V4 as a notebook displays it (docs/notebooks.md): the core's formatters reached the way .NET Interactive
// reaches them, by the attribute's name and the members' names, since this assembly does not see the core's internals.
public sealed class VignetteDisplayTests
{
    [Fact]
    public void V4_displays_its_verdict_then_its_findings_as_rows_in_clinical_words()
    {
        var assessment = VignetteTests.Evaluate(VignetteTests.V4, new DateOnly(2024, 1, 15));
        var verdict = assessment.Verdict!;

        var html = DisplayHtml(assessment);

        Assert.StartsWith("<div class=\"air-assessment\"><p><strong>Patient v4</strong>, assessed as of 2024-01-15</p>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Verdict: resistance shown</strong>", html, StringComparison.Ordinal);
        Assert.Contains($"<p>{WebUtility.HtmlEncode(verdict.Summary)}</p>", html, StringComparison.Ordinal);
        Assert.Contains(">= 10 %", verdict.Summary, StringComparison.Ordinal); // escaped in the HTML below
        Assert.DoesNotContain(">= 10 %", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Mycophenolate mofetil</td><td>ssc</td><td>primary non-response</td><td>resistance shown</td>", html, StringComparison.Ordinal);
        foreach (var finding in assessment.Findings)
        {
            Assert.Contains($"<tr><td>{finding.Id}</td><td>{finding.Mechanism}</td>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<td>unknown</td>", html, StringComparison.Ordinal);
        Assert.Contains("<em>Missing: ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("IsSpecified", html, StringComparison.Ordinal);
    }

    private static string DisplayHtml(object value)
    {
        var attribute = Assert.Single(value.GetType().GetCustomAttributes(true), a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = ((IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>();
        var html = Assert.Single(formatters, f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == "text/html");
        using var writer = new StringWriter();
        Assert.True((bool)html.GetType().GetMethod("Format")!.Invoke(html, [value, writer])!);
        return writer.ToString();
    }
}
