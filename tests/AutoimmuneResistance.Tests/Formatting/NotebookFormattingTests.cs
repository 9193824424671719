using System.Collections;
using System.Reflection;
using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Formatting;

// The notebook formatters (docs/notebooks.md), reached as .NET Interactive reaches them: the attribute found by its name,
// the source created and asked for its formatters, each formatter read through its Type, MimeType and Format members.
public sealed class NotebookFormattingTests
{
    private const string Html = "text/html";

    [Fact]
    public void An_assessment_shows_its_verdict_then_one_findings_row_per_finding_then_the_manifest()
    {
        var assessment = Profiles.Pipeline().Evaluate(Profiles.Toy(level: 150m), new EvaluationOptions { AsOf = new DateOnly(2024, 1, 1) });
        var verdict = assessment.Verdict!;

        var html = Display(assessment);

        Assert.StartsWith("<div class=\"air-assessment\"><p><strong>Patient T-1</strong>, assessed as of 2024-01-01</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>Verdict: {NotebookHtml.Answer(verdict.Answer)}</strong>", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(verdict.Summary), html, StringComparison.Ordinal);
        foreach (var therapy in verdict.Therapies)
        {
            Assert.Contains($"<td>{System.Net.WebUtility.HtmlEncode(therapy.Name)}</td>", html, StringComparison.Ordinal);
        }

        Assert.Contains($"<summary>Findings ({assessment.Findings.Length})</summary>", html, StringComparison.Ordinal);
        var findingsTable = html[html.IndexOf("<summary>Findings", StringComparison.Ordinal)..html.IndexOf("<summary>Manifest", StringComparison.Ordinal)];
        Assert.Equal(assessment.Findings.Length, Count(findingsTable, "<tbody><tr>") + Count(findingsTable, "</tr><tr>"));
        Assert.True(html.IndexOf("Verdict: ", StringComparison.Ordinal) < html.IndexOf("<summary>Findings", StringComparison.Ordinal));
        Assert.Contains($"<td>Library version</td><td>{assessment.Manifest.LibraryVersion}</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("IsSpecified", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ImmutableArray", html, StringComparison.Ordinal);
        Assert.EndsWith("</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assessment_without_a_verdict_says_so_and_lists_the_errors()
    {
        var patient = Profiles.Toy() with { Therapies = [Profiles.Toy().Therapies[0] with { End = new DateOnly(2019, 1, 1) }] };
        var assessment = Profiles.Pipeline().Evaluate(patient);

        var html = Display(assessment);

        Assert.Contains("<strong>No verdict:</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<td>error</td>", html, StringComparison.Ordinal);
        Assert.Contains("$.therapies[0]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_is_one_row_under_a_header_in_clinical_words()
    {
        var finding = Finding.Unknown(
            EvaluatorId.Create("sample.levels"),
            MechanismCatalog.CoreId(MechanismCategory.NonAdherence),
            RuleId.Create("sample.levels.whole-blood"),
            "No whole-blood level was measured.",
            EvidenceGrade.Observational,
            new DataGap { Datum = "a whole-blood hydroxychloroquine level" }) with
        { Id = "f3", Therapy = TherapyId.Hydroxychloroquine };

        var html = Display(finding);

        Assert.Equal(
            "<table><thead><tr><th>Finding</th><th>Mechanism</th><th>Status</th><th>Therapy</th><th>Summary</th><th>Evidence</th><th>Rule</th></tr></thead><tbody>"
            + $"<tr><td>f3</td><td>{finding.Mechanism}</td><td>unknown</td><td>hydroxychloroquine</td>"
            + "<td>No whole-blood level was measured.<br/><em>Missing: a whole-blood hydroxychloroquine level</em></td>"
            + "<td>observational</td><td>sample.levels.whole-blood</td></tr></tbody></table>",
            html);
    }

    [Fact]
    public void Text_from_the_data_is_html_escaped()
    {
        var finding = Finding.Unknown(
            EvaluatorId.Create("sample.escape"),
            MechanismCatalog.CoreId(MechanismCategory.NonAdherence),
            RuleId.Create("sample.escape.rule"),
            "Level <script>alert(\"x\")</script> & 'more'",
            EvidenceGrade.Observational,
            new DataGap { Datum = "a level < 500 ng/mL & rising" });
        var verdict = new ResistanceVerdict { Answer = ResistanceAnswer.CannotTellYet, Summary = "Cannot tell <yet> & \"why\"" };

        var findingHtml = Display(finding);
        var verdictHtml = Display(verdict);

        Assert.Contains("Level &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;", findingHtml, StringComparison.Ordinal);
        Assert.Contains("Missing: a level &lt; 500 ng/mL &amp; rising", findingHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", findingHtml, StringComparison.Ordinal);
        Assert.Contains("<p>Cannot tell &lt;yet&gt; &amp; &quot;why&quot;</p>", verdictHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Identifiers_show_as_their_text_in_html_and_plain_text()
    {
        Assert.Equal("hydroxychloroquine", Display(TherapyId.Hydroxychloroquine));
        Assert.Equal("hydroxychloroquine", Display(TherapyId.Hydroxychloroquine, "text/plain"));
        Assert.Equal(string.Empty, Display(default(DiseaseId)));
    }

    [Fact]
    public void Every_answer_outcome_status_and_grade_reads_as_lower_case_words()
    {
        var words = Enum.GetValues<ResistanceAnswer>().Select(NotebookHtml.Answer)
            .Concat(Enum.GetValues<TherapyOutcome>().Select(NotebookHtml.Outcome))
            .Concat(Enum.GetValues<FindingStatus>().Select(NotebookHtml.Status))
            .Concat(Enum.GetValues<EvidenceGrade>().Select(NotebookHtml.Grade))
            .ToList();

        Assert.All(words, w => Assert.Matches("^[a-z][a-z -]*[a-z]$", w));
        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count() + 1); // "unknown" is a status and an outcome
        Assert.Equal("secondary loss of response", NotebookHtml.Outcome(TherapyOutcome.SecondaryLossOfResponse));
        Assert.Equal("primary non-response", NotebookHtml.Outcome(TherapyOutcome.PrimaryNonResponse));
        Assert.Equal("not supported", NotebookHtml.Status(FindingStatus.NotSupported));
        Assert.Equal("randomized trial", NotebookHtml.Grade(EvidenceGrade.RandomizedTrial));
        Assert.Equal("post hoc analysis", NotebookHtml.Grade(EvidenceGrade.PostHocAnalysis));
    }

    [Fact]
    public void The_manifest_lists_modules_evaluators_and_definition_sets_in_words()
    {
        var manifest = Profiles.Pipeline().Evaluate(Profiles.Toy()).Manifest;

        var html = Display(manifest);

        Assert.StartsWith("<table class=\"air-manifest\"><tbody><tr><td>Library version</td>", html, StringComparison.Ordinal);
        var module = manifest.Modules[0];
        Assert.Contains($"<td>Disease modules</td><td>{module.Disease} ({module.Module} {module.Version})</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>Evaluators</td><td>{manifest.Evaluators.Length}: {manifest.Evaluators[0].Id} {manifest.Evaluators[0].Version}", html, StringComparison.Ordinal);
        Assert.Contains($"<td>Input SHA-256</td><td>{manifest.InputHash}</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ImmutableArray", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cohort_summary_and_outcomes_are_tables()
    {
        Assert.Equal(
            "<table><thead><tr><th>Records read</th><th>Evaluated</th><th>Failed</th></tr></thead><tbody><tr><td>300</td><td>291</td><td>9</td></tr></tbody></table>",
            Display(new CohortRunSummary(300, 291, 9)));

        var failed = new CohortOutcome(4, line: 5, errors: [EvaluationDiagnostic.Error("AIR1103", "The course ends before it starts.", "$.therapies[2].end")]);
        Assert.Contains("<tr><td>4</td><td>5</td><td></td><td>failed: AIR1103 $.therapies[2].end: The course ends before it starts.</td></tr>", Display(failed), StringComparison.Ordinal);

        var assessment = Profiles.Pipeline().Evaluate(Profiles.Toy());
        var succeeded = new CohortOutcome(0, line: 1, subject: assessment.Subject, assessment: assessment);
        Assert.Contains($"<tr><td>0</td><td>1</td><td>T-1</td><td>{NotebookHtml.Answer(assessment.Verdict!.Answer)}</td></tr>", Display(succeeded), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_formatted_type_gets_formatters_for_itself_only_with_a_public_convention_shape()
    {
        var formatted = typeof(ResistanceAssessment).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(false).Any(a => a.GetType().Name == "TypeFormatterSourceAttribute"))
            .ToList();

        Assert.Equal(23, formatted.Count); // 17 identifiers, assessment, verdict, finding, manifest, cohort summary and outcome
        foreach (var type in formatted)
        {
            var formatters = Formatters(type).ToList();
            Assert.NotEmpty(formatters);
            Assert.All(formatters, f => Assert.Equal(type, (Type)Member(f, "Type")));
            Assert.Contains(formatters, f => (string)Member(f, "MimeType") == Html);
            Assert.All(formatters, f => Assert.False(Format(f, new object(), new StringWriter())));
        }
    }

    // Displays a value through its formatter for the MIME type, as .NET Interactive does.
    internal static string Display(object value, string mimeType = Html)
    {
        var formatter = Assert.Single(Formatters(value.GetType()), f => (string)Member(f, "MimeType") == mimeType);
        using var writer = new StringWriter();
        Assert.True(Format(formatter, value, writer));
        return writer.ToString();
    }

    private static IEnumerable<object> Formatters(Type type)
    {
        var attribute = Assert.Single(type.GetCustomAttributes(true), a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)Member(attribute, "FormatterSourceType");
        var source = Activator.CreateInstance(sourceType)!;
        var create = sourceType.GetMethod("CreateTypeFormatters")!;
        return ((IEnumerable)create.Invoke(source, null)!).Cast<object>();
    }

    private static object Member(object target, string name) =>
        target.GetType().GetProperty(name)!.GetGetMethod()!.Invoke(target, null)!;

    private static bool Format(object formatter, object value, TextWriter writer)
    {
        var format = formatter.GetType().GetMethod("Format", BindingFlags.Public | BindingFlags.Instance, [typeof(object), typeof(TextWriter)])!;
        Assert.Equal(typeof(bool), format.ReturnType);
        return (bool)format.Invoke(formatter, [value, writer])!;
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
