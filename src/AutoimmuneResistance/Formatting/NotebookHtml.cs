using System.Collections.Immutable;
using System.Globalization;
using System.Net;

namespace AutoimmuneResistance;

/// <summary>
/// Writes the library's results as HTML for notebooks: an assessment as its verdict and a findings table, a finding as
/// one row, a manifest and a cohort result as small tables. Every piece of text is HTML-escaped; the words are the
/// clinical ones of the verdict (docs/verdict.md), not member names.
/// </summary>
internal static class NotebookHtml
{
    private static readonly string[] FindingColumns = ["Finding", "Mechanism", "Status", "Therapy", "Summary", "Evidence", "Rule"];

    /// <summary>Writes <paramref name="value"/> when it is one of the formatted result types.</summary>
    /// <returns><see langword="true"/> when something was written.</returns>
    public static bool Write(object value, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case ResistanceAssessment assessment:
                WriteAssessment(writer, assessment);
                return true;
            case ResistanceVerdict verdict:
                WriteVerdict(writer, verdict);
                return true;
            case Finding finding:
                WriteFindings(writer, [finding]);
                return true;
            case AssessmentManifest manifest:
                WriteManifest(writer, manifest);
                return true;
            case CohortRunSummary summary:
                WriteCohortSummary(writer, summary);
                return true;
            case CohortOutcome outcome:
                WriteCohortOutcome(writer, outcome);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Writes <paramref name="text"/> HTML-escaped.</summary>
    public static void Text(TextWriter writer, string? text) => writer.Write(WebUtility.HtmlEncode(text ?? string.Empty));

    private static void WriteAssessment(TextWriter writer, ResistanceAssessment assessment)
    {
        writer.Write("<div class=\"air-assessment\"><p><strong>Patient ");
        Text(writer, assessment.Subject.Value);
        writer.Write("</strong>");
        if (assessment.AsOf is { } asOf)
        {
            writer.Write(", assessed as of ");
            Text(writer, Date(asOf));
        }

        writer.Write("</p>");
        if (assessment.Verdict is { } verdict)
        {
            WriteVerdict(writer, verdict);
        }
        else
        {
            writer.Write("<p><strong>No verdict:</strong> the patient's record did not pass validation; see the problems below.</p>");
        }

        writer.Write("<details open><summary>Findings (");
        writer.Write(assessment.Findings.Length.ToString(CultureInfo.InvariantCulture));
        writer.Write(")</summary>");
        if (assessment.Findings.IsEmpty)
        {
            writer.Write("<p>No findings.</p>");
        }
        else
        {
            WriteFindings(writer, assessment.Findings);
        }

        writer.Write("</details>");
        var problems = assessment.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Information).ToList();
        if (problems.Count > 0)
        {
            writer.Write("<details open><summary>Problems (");
            writer.Write(problems.Count.ToString(CultureInfo.InvariantCulture));
            writer.Write(")</summary><table><thead><tr><th>Severity</th><th>Code</th><th>Where</th><th>Message</th></tr></thead><tbody>");
            foreach (var problem in problems)
            {
                Row(writer, problem.Severity == DiagnosticSeverity.Error ? "error" : "warning", problem.Code, problem.Path, problem.Message);
            }

            writer.Write("</tbody></table></details>");
        }

        writer.Write("<details><summary>Manifest</summary>");
        WriteManifest(writer, assessment.Manifest);
        writer.Write("</details></div>");
    }

    private static void WriteVerdict(TextWriter writer, ResistanceVerdict verdict)
    {
        writer.Write("<div class=\"air-verdict\"><p><strong>Verdict: ");
        Text(writer, Answer(verdict.Answer));
        writer.Write("</strong></p><p>");
        Text(writer, verdict.Summary);
        writer.Write("</p>");
        if (!verdict.Therapies.IsEmpty)
        {
            Head(writer, "Therapy", "Disease", "Outcome", "Resistance", "Statement");
            foreach (var therapy in verdict.Therapies)
            {
                Row(writer, therapy.Name, therapy.Disease.Value, Outcome(therapy.Outcome), Answer(therapy.Resistance), therapy.Statement);
            }

            writer.Write("</tbody></table>");
        }

        if (!verdict.Domains.IsEmpty)
        {
            Head(writer, "Definition", "Organ domain", "Answer", "Statement");
            foreach (var domain in verdict.Domains)
            {
                Row(writer, domain.Definition, domain.Domain.Value, Answer(domain.Answer), domain.Statement);
            }

            writer.Write("</tbody></table>");
        }

        if (!verdict.WouldSharpen.IsEmpty)
        {
            writer.Write("<p>Would sharpen this verdict:</p><ul>");
            foreach (var need in verdict.WouldSharpen)
            {
                writer.Write("<li>");
                Text(writer, need.Datum);
                if (!need.Settles.IsEmpty)
                {
                    writer.Write(" (would settle findings ");
                    Text(writer, string.Join(", ", need.Settles));
                    writer.Write(')');
                }

                writer.Write("</li>");
            }

            writer.Write("</ul>");
        }

        writer.Write("</div>");
    }

    private static void WriteFindings(TextWriter writer, ImmutableArray<Finding> findings)
    {
        Head(writer, FindingColumns);
        foreach (var finding in findings)
        {
            writer.Write("<tr>");
            Cell(writer, finding.Id);
            Cell(writer, finding.Mechanism.Value);
            Cell(writer, Status(finding.Status));
            Cell(writer, finding.Therapy?.Value);
            writer.Write("<td>");
            Text(writer, finding.Summary);
            if (finding.Gap is { } gap)
            {
                writer.Write("<br/><em>Missing: ");
                Text(writer, gap.Datum);
                writer.Write("</em>");
            }

            writer.Write("</td>");
            Cell(writer, Grade(finding.Grade));
            Cell(writer, finding.Rule.Value);
            writer.Write("</tr>");
        }

        writer.Write("</tbody></table>");
    }

    private static void WriteManifest(TextWriter writer, AssessmentManifest manifest)
    {
        writer.Write("<table class=\"air-manifest\"><tbody>");
        Row(writer, "Library version", manifest.LibraryVersion);
        Row(writer, "Disease modules", manifest.Modules.IsEmpty
            ? "none"
            : string.Join("; ", manifest.Modules.Select(m => $"{m.Disease} ({m.Module} {m.Version})")));
        Row(writer, "Evaluators", manifest.Evaluators.IsEmpty
            ? "none"
            : $"{manifest.Evaluators.Length.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", manifest.Evaluators.Select(e => $"{e.Id} {e.Version}"))}");
        Row(writer, "Definition sets", manifest.DefinitionSets.IsEmpty
            ? "none"
            : string.Join(", ", manifest.DefinitionSets.Select(d => $"{d.Id} {d.Version}")));
        Row(writer, "Input SHA-256", manifest.InputHash ?? "not recorded");
        writer.Write("</tbody></table>");
    }

    private static void WriteCohortSummary(TextWriter writer, CohortRunSummary summary)
    {
        Head(writer, "Records read", "Evaluated", "Failed");
        Row(writer, Count(summary.Read), Count(summary.Evaluated), Count(summary.Failed));
        writer.Write("</tbody></table>");
    }

    private static void WriteCohortOutcome(TextWriter writer, CohortOutcome outcome)
    {
        Head(writer, "Record", "Line", "Patient", "Result");
        string result;
        if (outcome.Assessment is { } assessment)
        {
            result = assessment.Verdict is { } verdict ? Answer(verdict.Answer) : "no verdict";
        }
        else
        {
            var error = outcome.Errors.FirstOrDefault(e => e.Severity == DiagnosticSeverity.Error) ?? outcome.Errors[0];
            result = $"failed: {error.Code} {error.Path ?? "$"}: {error.Message}";
        }

        Row(writer, Count(outcome.Index), outcome.Line is { } line ? Count(line) : null, outcome.Subject?.Value, result);
        writer.Write("</tbody></table>");
    }

    private static void Head(TextWriter writer, params ReadOnlySpan<string> columns)
    {
        writer.Write("<table><thead><tr>");
        foreach (var column in columns)
        {
            writer.Write("<th>");
            Text(writer, column);
            writer.Write("</th>");
        }

        writer.Write("</tr></thead><tbody>");
    }

    private static void Row(TextWriter writer, params ReadOnlySpan<string?> cells)
    {
        writer.Write("<tr>");
        foreach (var cell in cells)
        {
            Cell(writer, cell);
        }

        writer.Write("</tr>");
    }

    private static void Cell(TextWriter writer, string? text)
    {
        writer.Write("<td>");
        Text(writer, text);
        writer.Write("</td>");
    }

    private static string Count(long count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The answer in words.</summary>
    internal static string Answer(ResistanceAnswer answer) => answer switch
    {
        ResistanceAnswer.Shown => "resistance shown",
        ResistanceAnswer.NotShown => "resistance not shown",
        ResistanceAnswer.CannotTellYet => "cannot tell yet",
        _ => Words(answer.ToString()),
    };

    /// <summary>The therapy outcome in words.</summary>
    internal static string Outcome(TherapyOutcome outcome) => outcome switch
    {
        TherapyOutcome.PrimaryNonResponse => "primary non-response",
        TherapyOutcome.NonAdherence => "non-adherence",
        TherapyOutcome.TooEarly => "too early to judge",
        _ => Words(outcome.ToString()),
    };

    /// <summary>The finding status in words.</summary>
    internal static string Status(FindingStatus status) => Words(status.ToString());

    /// <summary>The evidence grade in words.</summary>
    internal static string Grade(EvidenceGrade grade) => grade switch
    {
        EvidenceGrade.PostHocAnalysis => "post hoc analysis",
        _ => Words(grade.ToString()),
    };

    // A member name in words ("SecondaryLossOfResponse" -> "secondary loss of response"), so that a member added later
    // still reads as prose.
    private static string Words(string name)
    {
        var words = new System.Text.StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
