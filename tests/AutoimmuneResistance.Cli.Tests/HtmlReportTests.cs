using System.Text;
using System.Text.RegularExpressions;
using AutoimmuneResistance.Cli.Reports;
using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.SystemicSclerosis;

namespace AutoimmuneResistance.Cli.Tests;

// evaluate --report: the structure a reader (and the browser check in .ci/browser) relies on, the counts, escaping of
// everything that comes from the input, the cap on explained verdicts, and a complete page after Ctrl-C.
public sealed class HtmlReportTests
{
    [Fact]
    public void A_published_effect_reads_as_one_line_with_its_interval_arms_and_patients()
    {
        Assert.Equal(
            "TULIP-2, BICLA response at week 52: risk difference 16.3 percentage points (95 % CI 6.3 to 26.3); anifrolumab 300 mg 47.8 % (180), placebo 31.5 % (182); 362 patients",
            ReportText.Effect(LupusEvidence.Tulip2));
        Assert.Equal(
            "AURORA 1, complete renal response at week 52: odds ratio 2.65 (95 % CI 1.64 to 4.27); voclosporin 23.7 mg twice daily with mycophenolate 40.8 % (179), placebo with mycophenolate 22.5 % (178); 357 patients",
            ReportText.Effect(LupusEvidence.Aurora1));
        Assert.Equal("case series or small cohort", ReportText.Grade(EvidenceGrade.CaseSeries));
    }

    [Fact]
    public async Task The_demo_cohort_report_has_the_counts_the_charts_a_row_per_record_and_a_section_per_patient()
    {
        using var temp = new TempDirectory();
        var report = temp.File("out/report.html");
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-o", temp.File("verdicts.jsonl"), "--report", report]);

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        Assert.Contains("report: " + report + " (291 explained verdicts of 291 evaluated patients)", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(report + ".partial"));
        var html = await File.ReadAllTextAsync(report);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        foreach (var tag in new[] { "section", "article", "table", "svg", "details", "ol", "ul", "div" })
        {
            Assert.Equal(Count(html, "<" + tag + "[ >]"), Count(html, "</" + tag + ">"));
        }

        Assert.Contains("<dd id=\"count-read\">300</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"count-evaluated\">291</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"count-errors\">9</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Systemic lupus erythematosus</th><td class=\"num\">180</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Systemic sclerosis</th><td class=\"num\">119</td>", html, StringComparison.Ordinal);
        Assert.Contains("8 patients have more than one of these diseases", html, StringComparison.Ordinal);

        // Two charts, each an accessible image with a title, and bars.
        Assert.Contains("<svg class=\"chart\" id=\"chart-verdicts\" role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-verdicts-title\">Verdict prevalence by disease</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-mechanisms-title\">Mechanism prevalence by disease</title>", html, StringComparison.Ordinal);
        Assert.True(Count(html, "<rect class=\"bar ") > 20);

        Assert.Equal(291, Count(html, "<tr class=\"evaluated\""));
        Assert.Equal(9, Count(html, "<tr class=\"error\"><td"));
        Assert.Equal(291, Count(html, "<article class=\"patient\""));
        Assert.Equal(9, Count(html, "<article class=\"failure\""));

        // A failed record: its line, code, path and message; an evaluated one: linked from the table, with its summary.
        Assert.Contains("<article class=\"failure\" id=\"r-16\"><h3>Line 17 · demo-0017</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"code\">AIR1103</td><td class=\"code\">$.therapies[0].end</td><td>end date precedes the start date</td>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#p-6\">demo-0007</a>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"summary\">Resistance shown to mycophenolate mofetil.", html, StringComparison.Ordinal);

        // Human titles, not ids: a mechanism's title and a therapy's name, never the mechanism id in prose.
        Assert.Contains("Glucocorticoid dependence", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">core.non-adherence<", html, StringComparison.Ordinal);

        // Every citation link points at a reference that is there, and each reference is written once.
        var references = Regex.Matches(html, "<li id=\"ref-(\\d+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(references);
        Assert.Equal(references.Count, references.Distinct().Count());
        Assert.All(Regex.Matches(html, "href=\"#ref-(\\d+)\"").Select(m => m.Groups[1].Value).Distinct(), n => Assert.Contains(n, references));
    }

    [Fact]
    public async Task Text_from_the_input_is_escaped_and_diagnostics_never_show_the_offending_value()
    {
        using var temp = new TempDirectory();
        var report = temp.File("report.html");
        var line = Encoding.UTF8.GetString(File.ReadAllBytes(CliRun.DemoCohort)).Split('\n')[0]
            .Replace("\"subject\":\"demo-0001\"", "\"subject\":\"<script>alert(1)</script>\"", StringComparison.Ordinal);
        var run = await CliRun.InvokeAsync(["evaluate", "-", "--include-values", "--report", report], Encoding.UTF8.GetBytes(line + "\n"));

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        var html = await File.ReadAllTextAsync(report);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(1)", html, StringComparison.Ordinal); // the value, even escaped, stays out of the report
        Assert.Contains("Treatment resistance in standard input", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "<article class=\"failure\""));
    }

    [Fact]
    public async Task The_sink_escapes_markup_in_every_text_it_writes()
    {
        var pipeline = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().Build();
        var evaluated = new CohortOutcome(
            0,
            1,
            SubjectId.Create("a:b"),
            new ResistanceAssessment
            {
                Subject = SubjectId.Create("a:b"),
                Verdict = new ResistanceVerdict { Answer = ResistanceAnswer.Shown, Summary = "<script>alert('x')</script> & \"more\"" },
                Manifest = pipeline.ResultsHeader.Manifest,
            });
        var failed = new CohortOutcome(1, 2, null, errors: [EvaluationDiagnostic.Error("AIR1001", "bad <b>token</b> & more", "$.x<y>")]);
        var output = new MemoryStream();
        await using (var sink = new HtmlReportSink(pipeline, output, new HtmlReportOptions { InputName = "<i>cohort</i>.jsonl" }))
        {
            await sink.WriteAsync(evaluated);
            await sink.WriteAsync(failed);
            await sink.CompleteAsync();
        }

        var html = Encoding.UTF8.GetString(output.ToArray());
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;", html, StringComparison.Ordinal);
        Assert.Contains("bad &lt;b&gt;token&lt;/b&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("$.x&lt;y&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;cohort&lt;/i&gt;.jsonl", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"count-read\">2</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_patients_caps_the_explained_verdicts_and_says_so_while_the_table_lists_every_record()
    {
        using var temp = new TempDirectory();
        var report = temp.File("report.html");
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-f", "csv", "--report", report, "--report-patients", "5"]);

        Assert.Contains("(5 explained verdicts of 291 evaluated patients)", run.Stderr, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(report);
        Assert.Equal(5, Count(html, "<article class=\"patient\""));
        Assert.Equal(291, Count(html, "<tr class=\"evaluated\""));
        Assert.Contains("Shown for the first 5 of 291 evaluated patients", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#p-4\">demo-0005</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#p-5\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_run_still_writes_a_whole_report_that_says_it_was_stopped()
    {
        using var temp = new TempDirectory();
        var report = temp.File("report.html");
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-o", temp.File("v.jsonl"), "--report", report], cancellationToken: cancellation.Token);

        Assert.Equal(CommandLine.Cancelled, run.ExitCode);
        var html = await File.ReadAllTextAsync(report);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Contains("This run was stopped before the end of its input", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_and_output_cannot_be_the_same_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("same.html");
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-o", path, "--report", path]);

        Assert.Equal(CommandLine.UsageError, run.ExitCode);
        Assert.Contains("--report and --output name the same file", run.Stderr, StringComparison.Ordinal);
    }

    private static int Count(string text, string pattern) => Regex.Count(text, pattern);
}
