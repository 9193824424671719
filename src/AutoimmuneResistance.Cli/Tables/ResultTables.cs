using System.Globalization;

namespace AutoimmuneResistance.Cli.Tables;

/// <summary>
/// The two flat tables <c>evaluate</c> writes as CSV or Parquet, derived from the verdict contract: one row per patient
/// and therapy verdict (<see cref="Verdicts"/>), or with <c>--findings</c> one row per finding (<see cref="Findings"/>).
/// A record that failed becomes one error row in either table. docs/cli.md documents every column; the names are
/// stable (snake_case, for R, pandas, DuckDB and Spark).
/// </summary>
internal static class ResultTables
{
    private static readonly Column[] RecordColumns =
    [
        new("record_index", ColumnType.Int64, false, "Zero-based position of the record in the input (blank lines are not records)."),
        new("line", ColumnType.Int64, true, "One-based line of the record in the JSON Lines input; empty for input that has no lines."),
        new("subject", ColumnType.Text, true, "The profile's subject id; empty when a failed record could not be read far enough to know it."),
        new("record_status", ColumnType.Text, false, "`evaluated`, or `error` for a record that could not be evaluated (then only the record and error columns are filled)."),
        new("as_of", ColumnType.Date, true, "The evaluation date of the assessment (`asOf`)."),
    ];

    private static readonly Column[] ErrorColumns =
    [
        new("error_count", ColumnType.Int32, false, "How many error diagnostics the failed record has; 0 on evaluated rows."),
        new("error_code", ColumnType.Text, true, "The first error's diagnostic code, for example `AIR1103` (docs/diagnostics.md); empty on evaluated rows."),
        new("error_path", ColumnType.Text, true, "The first error's JSON path into the record, for example `$.therapies[0].end`; `$` for the whole record."),
        new("error_message", ColumnType.Text, true, "The first error's message, in full. `validate` lists every error of every record."),
        new("error_value", ColumnType.Text, true, "The offending value, only with `--include-values` (diagnostics hold no patient data by default)."),
    ];

    /// <summary>Gets the verdict table: one row per patient and therapy verdict.</summary>
    public static TableShape Verdicts { get; } = new(
        "verdicts",
        "One row per patient x therapy verdict (one row with empty therapy columns for a patient without any), and one error row per failed record.",
        [
            .. RecordColumns,
            new("input_hash", ColumnType.Text, true, "SHA-256 of the record's line as read (`sha256:` and 64 hex digits)."),
            new("answer", ColumnType.Text, true, "The patient's answer: `resistance-shown`, `not-shown` or `cannot-tell-yet`."),
            new("concerns_therapies", ColumnType.Text, true, "The therapy ids the answer concerns, `|`-separated, in time order; empty for `not-shown`."),
            new("concerns_domains", ColumnType.Text, true, "The organ domains the answer concerns, `|`-separated."),
            new("summary", ColumnType.Text, true, "The verdict's summary in clinical prose (the same on every row of the patient)."),
            new("therapy_count", ColumnType.Int32, true, "How many therapy verdicts the patient has."),
            new("therapy_position", ColumnType.Int32, true, "One-based position of this row's therapy verdict (time order of its first course); empty when the patient has none."),
            new("therapy", ColumnType.Text, true, "The therapy id, for example `mycophenolate-mofetil`."),
            new("therapy_name", ColumnType.Text, true, "The therapy's display name."),
            new("therapy_disease", ColumnType.Text, true, "The disease id the therapy was judged for, for example `sle`."),
            new("outcome", ColumnType.Text, true, "How the therapy went over all its courses: `response`, `partial-response`, `primary-non-response`, `secondary-loss-of-response`, `intolerance`, `non-adherence`, `too-early` or `unknown`."),
            new("resistance", ColumnType.Text, true, "What the outcome means: `resistance-shown`, `not-shown` or `cannot-tell-yet`."),
            new("statement", ColumnType.Text, true, "One sentence naming the drug, what happened and why it means that."),
            new("course_count", ColumnType.Int32, true, "How many courses or cycles the therapy verdict covers."),
            new("first_course_start", ColumnType.Date, true, "Start of the therapy's first course."),
            new("last_course_end", ColumnType.Date, true, "End of the therapy's last course; empty while it is ongoing."),
            new("decided_by", ColumnType.Text, true, "Ids of the findings that decided the outcome (`f1|f4`); see the findings table."),
            new("explained_by", ColumnType.Text, true, "Mechanisms checked as explanations, `mechanism=status` `|`-separated (status: `supported`, `not-supported`, `unknown`)."),
            new("option_count", ColumnType.Int32, true, "How many options to consider the therapy verdict lists (only after a failure)."),
            new("top_option", ColumnType.Text, true, "The key of the first-ranked option; empty when there is none."),
            new("domains", ColumnType.Text, true, "The patient's domain verdicts, `domain=answer` `|`-separated, for example `renal=resistance-shown`."),
            new("would_sharpen", ColumnType.Text, true, "The most useful missing datum, in words; empty when nothing is missing."),
            new("would_sharpen_count", ColumnType.Int32, true, "How many distinct missing data would sharpen the verdict."),
            new("finding_count", ColumnType.Int32, true, "How many findings the assessment has (all statuses)."),
            new("supported_count", ColumnType.Int32, true, "Findings that support their mechanism."),
            new("not_supported_count", ColumnType.Int32, true, "Findings whose data speak against their mechanism."),
            new("unknown_count", ColumnType.Int32, true, "Findings that a named missing datum would decide."),
            new("warning_count", ColumnType.Int32, true, "Warning diagnostics of the assessment."),
            new("diagnostic_error_count", ColumnType.Int32, true, "Error diagnostics of an evaluated assessment (an evaluator that failed: its findings are missing, never negative)."),
            .. ErrorColumns,
        ]);

    /// <summary>Gets the findings table: one row per finding.</summary>
    public static TableShape Findings { get; } = new(
        "findings",
        "One row per finding of every evaluated patient, and one error row per failed record.",
        [
            .. RecordColumns,
            new("finding_id", ColumnType.Text, true, "The finding's id within its assessment (`f1`, `f2`, ...); verdict columns refer to it. Empty on error rows."),
            new("evaluator", ColumnType.Text, true, "The evaluator id, for example `sle.hydroxychloroquine-exposure`."),
            new("mechanism", ColumnType.Text, true, "The mechanism id the finding speaks to."),
            new("rule", ColumnType.Text, true, "The rule id that decided it."),
            new("status", ColumnType.Text, true, "`supported`, `not-supported` or `unknown`."),
            new("grade", ColumnType.Text, true, "The evidence grade: `guideline`, `randomized-trial`, `post-hoc-analysis`, `observational`, `extrapolated`, `expert-opinion` or `case-series`."),
            new("therapy", ColumnType.Text, true, "The therapy the finding is about, when it concerns one."),
            new("course", ColumnType.Text, true, "JSON path of the course the finding is about, for example `$.therapies[2]`, when the rule is about one course."),
            new("finding_date", ColumnType.Date, true, "The date the finding refers to (a visit, the end of a course), when it refers to one."),
            new("summary", ColumnType.Text, true, "One sentence a clinician can read."),
            new("gap_datum", ColumnType.Text, true, "For an unknown finding: the missing datum, in words."),
            new("gap_test_system", ColumnType.Text, true, "The code system of the test that would supply the datum, for example `http://loinc.org`."),
            new("gap_test_code", ColumnType.Text, true, "The code of that test, for example `95921-3`."),
            new("gap_path", ColumnType.Text, true, "The profile path where the datum belongs, for example `$.drugLevels`."),
            new("facts", ColumnType.Text, true, "The profile facts the rule read, JSON paths `|`-separated."),
            new("thresholds", ColumnType.Text, true, "The thresholds applied, `name operator limit unit (observed value)` `|`-separated."),
            new("timeline_points", ColumnType.Int32, true, "How many points the finding's timeline has (a rule checked at every visit); empty without a timeline."),
            new("citations", ColumnType.Text, true, "Keys of the publications the rule rests on (DOI, else URL, else `Authors (Year). Title`), `|`-separated."),
            .. ErrorColumns,
        ]);

    /// <summary>Adds the rows of one outcome to a table.</summary>
    /// <param name="table">Either <see cref="Verdicts"/> or <see cref="Findings"/>.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="text">The contract's spelling of values.</param>
    /// <returns>The rows, each as wide as the table.</returns>
    public static IEnumerable<object?[]> Rows(TableShape table, CohortOutcome outcome, ContractText text)
    {
        if (outcome.Assessment is not { } assessment)
        {
            yield return ErrorRow(table, outcome);
            yield break;
        }

        if (ReferenceEquals(table, Findings))
        {
            foreach (var finding in assessment.Findings)
            {
                yield return FindingRow(outcome, assessment, finding, text);
            }

            yield break;
        }

        var verdict = assessment.Verdict;
        if (verdict is null || verdict.Therapies.IsEmpty)
        {
            yield return VerdictRow(outcome, assessment, null, 0, text);
            yield break;
        }

        for (var i = 0; i < verdict.Therapies.Length; i++)
        {
            yield return VerdictRow(outcome, assessment, verdict.Therapies[i], i + 1, text);
        }
    }

    private static object?[] ErrorRow(TableShape table, CohortOutcome outcome)
    {
        var row = new object?[table.Columns.Length];
        FillRecord(row, outcome, null);
        var errors = outcome.Errors.Where(e => e.Severity == DiagnosticSeverity.Error).ToList();
        var first = errors.Count > 0 ? errors[0] : outcome.Errors[0];
        var at = table.IndexOf("error_count");
        row[at] = errors.Count;
        row[at + 1] = first.Code;
        row[at + 2] = first.Path ?? "$";
        row[at + 3] = first.Message;
        row[at + 4] = first.Value;
        return row;
    }

    private static void FillRecord(object?[] row, CohortOutcome outcome, ResistanceAssessment? assessment)
    {
        row[0] = outcome.Index;
        row[1] = outcome.Line;
        row[2] = outcome.Subject?.Value;
        row[3] = assessment is null ? "error" : "evaluated";
        row[4] = assessment?.AsOf;
    }

    private static object?[] VerdictRow(CohortOutcome outcome, ResistanceAssessment assessment, TherapyVerdict? therapy, int position, ContractText text)
    {
        var row = new object?[Verdicts.Columns.Length];
        FillRecord(row, outcome, assessment);
        var verdict = assessment.Verdict;
        var i = 5;
        row[i++] = assessment.Manifest.InputHash;
        row[i++] = verdict is null ? null : text.Of(verdict.Answer);
        row[i++] = verdict is null ? null : ContractText.Join(verdict.Concerns.Therapies.Select(t => t.Value));
        row[i++] = verdict is null ? null : ContractText.Join(verdict.Concerns.Domains.Select(d => d.Value));
        row[i++] = verdict?.Summary;
        row[i++] = verdict?.Therapies.Length;
        row[i++] = therapy is null ? null : position;
        row[i++] = therapy?.Therapy.Value;
        row[i++] = therapy?.Name;
        row[i++] = therapy?.Disease.Value;
        row[i++] = therapy is null ? null : text.Of(therapy.Outcome);
        row[i++] = therapy is null ? null : text.Of(therapy.Resistance);
        row[i++] = therapy?.Statement;
        row[i++] = therapy?.Courses.Length;
        row[i++] = therapy is null || therapy.Courses.IsEmpty ? null : therapy.Courses.Min(c => c.Start);
        row[i++] = therapy is null || therapy.Courses.IsEmpty ? null : therapy.Courses[^1].End;
        row[i++] = therapy is null ? null : ContractText.Join(therapy.Findings);
        row[i++] = therapy is null ? null : ContractText.Join(therapy.ExplainedBy.Select(m => $"{m.Mechanism.Value}={text.Of(m.Status)}"));
        row[i++] = therapy?.Options.Length;
        row[i++] = therapy is null || therapy.Options.IsEmpty ? null : therapy.Options.MinBy(o => o.Rank)!.Key;
        row[i++] = verdict is null ? null : ContractText.Join(verdict.Domains.Select(d => $"{d.Domain.Value}={text.Of(d.Answer)}"));
        row[i++] = verdict is null || verdict.WouldSharpen.IsEmpty ? null : verdict.WouldSharpen[0].Datum;
        row[i++] = verdict?.WouldSharpen.Length;
        row[i++] = assessment.Findings.Length;
        row[i++] = assessment.Findings.Count(f => f.Status == FindingStatus.Supported);
        row[i++] = assessment.Findings.Count(f => f.Status == FindingStatus.NotSupported);
        row[i++] = assessment.Findings.Count(f => f.Status == FindingStatus.Unknown);
        row[i++] = assessment.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        row[i++] = assessment.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        row[i] = 0; // error_count; the other error columns stay empty
        return row;
    }

    private static object?[] FindingRow(CohortOutcome outcome, ResistanceAssessment assessment, Finding finding, ContractText text)
    {
        var row = new object?[Findings.Columns.Length];
        FillRecord(row, outcome, assessment);
        var i = 5;
        row[i++] = finding.Id;
        row[i++] = finding.Evaluator.Value;
        row[i++] = finding.Mechanism.Value;
        row[i++] = finding.Rule.Value;
        row[i++] = text.Of(finding.Status);
        row[i++] = text.Of(finding.Grade);
        row[i++] = finding.Therapy?.Value;
        row[i++] = finding.Course;
        row[i++] = finding.On;
        row[i++] = finding.Summary;
        row[i++] = finding.Gap?.Datum;
        row[i++] = finding.Gap?.Test?.CodeSystem.Uri;
        row[i++] = finding.Gap?.Test?.Code;
        row[i++] = finding.Gap?.Path;
        row[i++] = ContractText.Join(finding.Facts);
        row[i++] = ContractText.Join(finding.Thresholds.Select(t => Threshold(t, text)));
        row[i++] = finding.Timeline?.Points.Length;
        row[i++] = ContractText.Join(finding.Citations.Select(c => c.Key));
        row[i] = 0;
        return row;
    }

    private static string Threshold(AppliedThreshold threshold, ContractText text)
    {
        var limit = threshold.Limit.ToString(CultureInfo.InvariantCulture);
        var unit = threshold.Unit is { } u ? " " + QuantityUnits.ToUcum(u) : string.Empty;
        var observed = threshold.Observed is { } o ? $" (observed {o.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
        return $"{threshold.Name} {text.Of(threshold.Operator)} {limit}{unit}{observed}";
    }
}
