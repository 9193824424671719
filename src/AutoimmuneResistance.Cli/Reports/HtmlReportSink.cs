using System.Collections.Immutable;
using System.Text;
using AutoimmuneResistance.Cli.Running;
using static AutoimmuneResistance.Cli.Reports.ReportText;

namespace AutoimmuneResistance.Cli.Reports;

/// <summary>
/// The <c>evaluate --report</c> HTML report: one self-contained page (inline CSS and SVG, no script, nothing fetched)
/// with the cohort's counts, verdict and mechanism prevalence by disease as bar charts, a table of every record, an
/// explained verdict per patient (up to <see cref="HtmlReportOptions.DetailedPatients"/>), the records that could not
/// be evaluated, and the references. Streams: the table rows, the explained verdicts and the failed records go to
/// temporary files as outcomes arrive, and only counts and the cited publications stay in memory; the page is
/// assembled when the run completes (cancelled runs included), so it is always whole.
/// </summary>
internal sealed class HtmlReportSink : IOutcomeSink
{
    private static readonly ResistanceAnswer[] Answers = [ResistanceAnswer.Shown, ResistanceAnswer.CannotTellYet, ResistanceAnswer.NotShown];
    // Not specified: the key of patients no module judged.
    private static DiseaseId NoDisease => default;

    private readonly ResistancePipeline _pipeline;
    private readonly Stream _output;
    private readonly HtmlReportOptions _options;
    private readonly Dictionary<EvaluatorId, EvaluatorDescriptor> _evaluators;
    private readonly Dictionary<DiseaseId, DiseaseTally> _diseases = [];
    private readonly Dictionary<string, int> _citationNumbers = new(StringComparer.Ordinal);
    private readonly List<Citation> _citations = [];
    private readonly Spool _rows = new();
    private readonly Spool _details = new();
    private readonly Spool _failures = new();
    private long _read;
    private long _evaluated;
    private long _failed;
    private long _detailed;
    private long _multiDisease;
    private bool _completed;

    /// <summary>Initializes a new instance of the <see cref="HtmlReportSink"/> class.</summary>
    /// <param name="pipeline">The pipeline (titles of mechanisms, evaluators, diseases and therapies).</param>
    /// <param name="output">Where the page goes; written when the run completes.</param>
    /// <param name="options">The report's options.</param>
    public HtmlReportSink(ResistancePipeline pipeline, Stream output, HtmlReportOptions options)
    {
        _pipeline = pipeline;
        _output = output;
        _options = options;
        _evaluators = pipeline.Evaluators.ToDictionary(e => e.Id);
    }

    /// <summary>Gets how many patients have an explained verdict in the report.</summary>
    public long Detailed => _detailed;

    public async ValueTask WriteAsync(CohortOutcome outcome)
    {
        _read++;
        if (outcome.Assessment is { } assessment)
        {
            _evaluated++;
            var diseases = DiseasesOf(assessment);
            Tally(assessment, diseases);
            var detailed = _detailed < _options.DetailedPatients;
            await _rows.Writer.WriteAsync(PatientRow(outcome, assessment, diseases, detailed)).ConfigureAwait(false);
            if (detailed)
            {
                _detailed++;
                await _details.Writer.WriteAsync(PatientSection(outcome, assessment, diseases)).ConfigureAwait(false);
            }
        }
        else
        {
            _failed++;
            await _rows.Writer.WriteAsync(FailureRow(outcome)).ConfigureAwait(false);
            await _failures.Writer.WriteAsync(FailureSection(outcome)).ConfigureAwait(false);
        }
    }

    public async ValueTask CompleteAsync()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        var page = new StreamWriter(_output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        await using (page.ConfigureAwait(false))
        {
            await page.WriteAsync(Head()).ConfigureAwait(false);
            await page.WriteAsync(Summary()).ConfigureAwait(false);
            await page.WriteAsync(Charts()).ConfigureAwait(false);
            await page.WriteAsync(TableStart()).ConfigureAwait(false);
            await _rows.CopyToAsync(page).ConfigureAwait(false);
            await page.WriteAsync("</tbody></table></section>\n").ConfigureAwait(false);
            await page.WriteAsync(DetailsStart()).ConfigureAwait(false);
            await _details.CopyToAsync(page).ConfigureAwait(false);
            await page.WriteAsync("</section>\n").ConfigureAwait(false);
            if (_failed > 0)
            {
                await page.WriteAsync(Inv($"<section id=\"not-evaluated\"><h2>Records that could not be evaluated</h2><p>{Count(_failed)} of {Count(_read)} records could not be read or were invalid. Each is listed with its line in the input and every error: the JSON path into the record, the diagnostic code and the message. Diagnostics hold no patient values.</p>\n")).ConfigureAwait(false);
                await _failures.CopyToAsync(page).ConfigureAwait(false);
                await page.WriteAsync("</section>\n").ConfigureAwait(false);
            }

            await page.WriteAsync(References()).ConfigureAwait(false);
            await page.WriteAsync(Footer()).ConfigureAwait(false);
            await page.FlushAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _rows.DisposeAsync().ConfigureAwait(false);
        await _details.DisposeAsync().ConfigureAwait(false);
        await _failures.DisposeAsync().ConfigureAwait(false);
    }

    // The patient's diseases as the modules reported them: the diseases its therapies were judged for, its domain
    // verdicts, and the evaluators (of one disease) whose findings it has. The assessment does not repeat the
    // profile's diagnoses.
    private SortedSet<DiseaseId> DiseasesOf(ResistanceAssessment assessment)
    {
        var diseases = new SortedSet<DiseaseId>();
        if (assessment.Verdict is { } verdict)
        {
            foreach (var therapy in verdict.Therapies)
            {
                diseases.Add(therapy.Disease);
            }

            foreach (var domain in verdict.Domains)
            {
                diseases.Add(domain.Disease);
            }
        }

        foreach (var finding in assessment.Findings)
        {
            if (_evaluators.TryGetValue(finding.Evaluator, out var evaluator) && evaluator.AppliesTo.Length == 1)
            {
                diseases.Add(evaluator.AppliesTo[0]);
            }
        }

        return diseases;
    }

    private void Tally(ResistanceAssessment assessment, SortedSet<DiseaseId> diseases)
    {
        if (diseases.Count > 1)
        {
            _multiDisease++;
        }

        var answer = assessment.Verdict?.Answer ?? ResistanceAnswer.CannotTellYet;
        var keys = diseases.Count == 0 ? [NoDisease] : diseases.ToArray();
        foreach (var disease in keys)
        {
            var tally = TallyOf(disease);
            tally.Patients++;
            tally.Answers[Array.IndexOf(Answers, answer)]++;
        }

        // A mechanism counts once per patient, under the diseases of the evaluators that reported it (all the
        // patient's diseases for an evaluator of every disease).
        var seen = new HashSet<(DiseaseId, MechanismId, FindingStatus)>();
        foreach (var finding in assessment.Findings)
        {
            if (finding.Status == FindingStatus.NotSupported)
            {
                continue;
            }

            var applies = _evaluators.TryGetValue(finding.Evaluator, out var evaluator) && !evaluator.AppliesTo.IsEmpty
                ? keys.Where(evaluator.AppliesTo.Contains).DefaultIfEmpty(keys[0])
                : keys;
            foreach (var disease in applies)
            {
                if (seen.Add((disease, finding.Mechanism, finding.Status)))
                {
                    var counts = TallyOf(disease).Mechanisms.TryGetValue(finding.Mechanism, out var c) ? c : (0, 0);
                    TallyOf(disease).Mechanisms[finding.Mechanism] = finding.Status == FindingStatus.Supported
                        ? (counts.Supported + 1, counts.Unknown)
                        : (counts.Supported, counts.Unknown + 1);
                }
            }
        }
    }

    private DiseaseTally TallyOf(DiseaseId disease)
    {
        if (!_diseases.TryGetValue(disease, out var tally))
        {
            tally = new DiseaseTally();
            _diseases[disease] = tally;
        }

        return tally;
    }

    private string DiseaseName(DiseaseId disease) =>
        !disease.IsSpecified ? "Disease not determined"
        : _pipeline.Diseases.FirstOrDefault(d => d.Id == disease) is { } descriptor ? descriptor.Name
        : disease.Value;

    private string TherapyName(TherapyId therapy) =>
        _pipeline.Therapies.TryGet(therapy, out var definition) ? definition.Name : therapy.Value;

    private string MechanismTitle(MechanismId mechanism, string? title = null) =>
        title ?? (_pipeline.Mechanisms.TryGet(mechanism, out var m) ? m.Title : mechanism.Value);

    private string EvaluatorTitle(EvaluatorId evaluator) =>
        _evaluators.TryGetValue(evaluator, out var descriptor) ? descriptor.Title : evaluator.Value;

    private string Cite(IEnumerable<Citation> citations)
    {
        var text = new StringBuilder();
        foreach (var citation in citations)
        {
            if (!_citationNumbers.TryGetValue(citation.Key, out var number))
            {
                _citations.Add(citation);
                number = _citations.Count;
                _citationNumbers[citation.Key] = number;
            }

            text.Append(Inv($" <a class=\"cite\" href=\"#ref-{number}\" title=\"{Html(citation.Authors)} ({citation.Year})\">[{number}]</a>"));
        }

        return text.ToString();
    }

    private string PatientRow(CohortOutcome outcome, ResistanceAssessment assessment, SortedSet<DiseaseId> diseases, bool detailed)
    {
        var verdict = assessment.Verdict;
        var answer = verdict?.Answer ?? ResistanceAnswer.CannotTellYet;
        var subject = Html(assessment.Subject.Value);
        var link = detailed ? Inv($"<a href=\"#p-{outcome.Index}\">{subject}</a>") : subject;
        var concerns = verdict is null ? string.Empty : string.Join(", ", verdict.Concerns.Therapies.Select(t => Html(TherapyName(t))));
        var diseaseNames = diseases.Count == 0 ? Html(DiseaseName(NoDisease)) : string.Join(", ", diseases.Select(d => Html(DiseaseName(d))));
        var answerText = verdict is null ? "No verdict" : Answer(answer);
        return Inv($"<tr class=\"evaluated\" data-answer=\"{AnswerClass(answer)}\"><td class=\"num\">{Where(outcome)}</td><td class=\"subject\">{link}</td><td>{diseaseNames}</td><td><span class=\"badge {AnswerClass(answer)}\">{answerText}</span></td><td>{concerns}</td></tr>\n");
    }

    private static string FailureRow(CohortOutcome outcome)
    {
        var first = outcome.Errors.FirstOrDefault(e => e.Severity == DiagnosticSeverity.Error) ?? outcome.Errors[0];
        var subject = outcome.Subject is { } s ? Html(s.Value) : "<span class=\"muted\">not read</span>";
        return Inv($"<tr class=\"error\"><td class=\"num\">{Where(outcome)}</td><td class=\"subject\">{subject}</td><td class=\"muted\">not known</td><td><a class=\"badge error\" href=\"#r-{outcome.Index}\">Not evaluated</a></td><td class=\"muted\">{Html(first.Message)}</td></tr>\n");
    }

    private static string Where(CohortOutcome outcome) => outcome.Line is { } line ? Count(line) : Inv($"record {outcome.Index + 1}");

    private string PatientSection(CohortOutcome outcome, ResistanceAssessment assessment, SortedSet<DiseaseId> diseases)
    {
        var id = Inv($"p-{outcome.Index}");
        var html = new StringBuilder();
        var verdict = assessment.Verdict;
        var answer = verdict?.Answer ?? ResistanceAnswer.CannotTellYet;
        html.Append(Inv($"<article class=\"patient\" id=\"{id}\">\n<h3>{Html(assessment.Subject.Value)} <span class=\"badge {AnswerClass(answer)}\">{(verdict is null ? "No verdict" : Answer(answer))}</span></h3>\n"));
        var meta = new List<string>();
        if (outcome.Line is { } line)
        {
            meta.Add(Inv($"line {Count(line)} of the input"));
        }

        meta.Add(diseases.Count == 0 ? DiseaseName(NoDisease) : string.Join(" and ", diseases.Select(DiseaseName)));
        if (assessment.AsOf is { } asOf)
        {
            meta.Add("as of " + Date(asOf));
        }

        html.Append(Inv($"<p class=\"meta\">{Html(string.Join(" · ", meta))}</p>\n"));
        if (verdict is null)
        {
            html.Append("<p class=\"summary\">No verdict: no module gave one for this patient.</p>\n");
        }
        else
        {
            html.Append(Inv($"<p class=\"summary\">{Html(verdict.Summary)}</p>\n"));
            AppendTherapies(html, id, verdict);
            AppendDomains(html, id, verdict);
            if (!verdict.ExplainedBy.IsEmpty)
            {
                html.Append("<h4>Explanations for the patient as a whole</h4>\n");
                AppendExplanations(html, id, verdict.ExplainedBy);
            }

            AppendDataNeeds(html, id, verdict);
        }

        AppendFindings(html, id, assessment);
        AppendWarnings(html, assessment);
        html.Append("<p class=\"top\"><a href=\"#patients\">Back to the patient table</a></p>\n</article>\n");
        return html.ToString();
    }

    private void AppendTherapies(StringBuilder html, string id, ResistanceVerdict verdict)
    {
        if (verdict.Therapies.IsEmpty)
        {
            return;
        }

        html.Append("<h4>Therapies</h4>\n");
        foreach (var therapy in verdict.Therapies)
        {
            html.Append(Inv($"<div class=\"therapy {AnswerClass(therapy.Resistance)}\"><h5>{Html(therapy.Name)}: {Outcome(therapy.Outcome)} <span class=\"badge {AnswerClass(therapy.Resistance)}\">{Answer(therapy.Resistance)}</span></h5>\n"));
            html.Append(Inv($"<p>{Html(therapy.Statement)}{FindingLinks(id, therapy.Findings)}</p>\n"));
            if (!therapy.Courses.IsEmpty)
            {
                html.Append("<ul class=\"courses\">");
                foreach (var course in therapy.Courses)
                {
                    var end = course.End is { } e ? Date(e) : "ongoing";
                    var finding = course.Finding is { } f ? FindingLinks(id, [f]) : string.Empty;
                    html.Append(Inv($"<li>Course {Date(course.Start)} to {end}: {Outcome(course.Outcome)}{finding}</li>"));
                }

                html.Append("</ul>\n");
            }

            if (!therapy.ExplainedBy.IsEmpty)
            {
                html.Append("<p class=\"sub\">Mechanisms checked as explanations:</p>\n");
                AppendExplanations(html, id, therapy.ExplainedBy);
            }

            AppendOptions(html, therapy.Options);
            html.Append("</div>\n");
        }
    }

    private void AppendDomains(StringBuilder html, string id, ResistanceVerdict verdict)
    {
        if (verdict.Domains.IsEmpty)
        {
            return;
        }

        html.Append("<h4>Organ domains</h4>\n");
        foreach (var domain in verdict.Domains)
        {
            html.Append(Inv($"<div class=\"therapy {AnswerClass(domain.Answer)}\"><h5>{Html(Sentence(domain.Definition))} <span class=\"badge {AnswerClass(domain.Answer)}\">{Answer(domain.Answer)}</span></h5>\n"));
            html.Append(Inv($"<p>{Html(domain.Statement)}{FindingLinks(id, domain.Findings)}</p>\n"));
            if (!domain.ExplainedBy.IsEmpty)
            {
                AppendExplanations(html, id, domain.ExplainedBy);
            }

            AppendOptions(html, domain.Options);
            html.Append("</div>\n");
        }
    }

    private void AppendExplanations(StringBuilder html, string id, IEnumerable<MechanismLink> links)
    {
        html.Append("<ul class=\"mechanisms\">");
        foreach (var link in links)
        {
            // A statement that starts by naming its mechanism stands alone, so the title is not said twice.
            var title = MechanismTitle(link.Mechanism, link.Title);
            var text = link.Statement is not { } statement ? title
                : statement.StartsWith(title, StringComparison.OrdinalIgnoreCase) ? Sentence(statement)
                : title + ": " + statement;
            html.Append(Inv($"<li><span class=\"status {StatusClass(link.Status)}\">{Status(link.Status)}</span> {Html(text)}{FindingLinks(id, link.Findings)}</li>"));
        }

        html.Append("</ul>\n");
    }

    private void AppendOptions(StringBuilder html, IEnumerable<TreatmentOption> options)
    {
        var ranked = options.OrderBy(o => o.Rank).ToList();
        if (ranked.Count == 0)
        {
            return;
        }

        html.Append("<p class=\"sub\">Options to consider (ranked; for a clinician to weigh, not a recommendation):</p>\n<ol class=\"options\">");
        foreach (var option in ranked)
        {
            var flags = option.Flags.IsEmpty ? string.Empty : Inv($" <span class=\"flags\">{Html(string.Join(", ", option.Flags.Select(Flag)))}</span>");
            var notes = option.Notes.IsEmpty ? string.Empty : Inv($" <span class=\"notes\">{Html(string.Join(" ", option.Notes))}</span>");
            html.Append(Inv($"<li><strong>{Html(option.Title)}</strong>{flags} <span class=\"grade\">{Grade(option.Grade)}</span><br>{Html(option.Rationale)}{notes}{Cite(option.Citations)}{Effects(option.Effects)}</li>"));
        }

        html.Append("</ol>\n");
    }

    // The published results an option or a finding rests on, one per line, as the contract carries them.
    private static string Effects(ImmutableArray<PublishedEffect> effects) =>
        effects.IsEmpty
            ? string.Empty
            : "<ul class=\"effects\">" + string.Concat(effects.Select(e => "<li>" + Html(Effect(e)) + "</li>")) + "</ul>";

    private static void AppendDataNeeds(StringBuilder html, string id, ResistanceVerdict verdict)
    {
        if (verdict.WouldSharpen.IsEmpty)
        {
            return;
        }

        html.Append("<h4>Data that would sharpen this verdict</h4>\n<ol class=\"needs\">");
        foreach (var need in verdict.WouldSharpen)
        {
            var test = need.Test is { } code ? Inv($" <span class=\"code\">({Html(CodeSystemName(code.CodeSystem))} {Html(code.Code)}{(code.Display is { } d ? ": " + Html(d) : string.Empty)})</span>") : string.Empty;
            var settles = need.Settles.IsEmpty ? string.Empty : " would decide" + FindingLinks(id, need.Settles);
            html.Append(Inv($"<li>{Html(need.Datum)}{test}{settles}</li>"));
        }

        html.Append("</ol>\n");
    }

    private void AppendFindings(StringBuilder html, string id, ResistanceAssessment assessment)
    {
        if (assessment.Findings.IsEmpty)
        {
            html.Append("<p class=\"muted\">No findings: no rule applied to this patient's data.</p>\n");
            return;
        }

        var supported = assessment.Findings.Count(f => f.Status == FindingStatus.Supported);
        var unknown = assessment.Findings.Count(f => f.Status == FindingStatus.Unknown);
        html.Append(Inv($"<details class=\"findings\"><summary>Findings underneath ({assessment.Findings.Length}: {supported} supported, {unknown} unknown)</summary>\n<ol class=\"findings\">"));
        foreach (var finding in assessment.Findings)
        {
            html.Append(Inv($"<li id=\"{id}-{Html(finding.Id)}\"><span class=\"fid\">{Html(finding.Id)}</span> <span class=\"status {StatusClass(finding.Status)}\">{Status(finding.Status)}</span> <strong>{Html(MechanismTitle(finding.Mechanism))}</strong>"));
            html.Append(Inv($" <span class=\"grade\">{Grade(finding.Grade)}</span><br>{Html(finding.Summary)}{Cite(finding.Citations)}{Effects(finding.Effects)}"));
            html.Append(Inv($"<div class=\"rule\">{Html(EvaluatorTitle(finding.Evaluator))} · rule <span class=\"code\">{Html(finding.Rule.Value)}</span>{(finding.On is { } on ? " · " + Date(on) : string.Empty)}</div>"));
            if (!finding.Thresholds.IsEmpty)
            {
                html.Append("<ul class=\"thresholds\">");
                foreach (var threshold in finding.Thresholds)
                {
                    html.Append(Inv($"<li>{Html(Threshold(threshold))}</li>"));
                }

                html.Append("</ul>");
            }

            if (finding.Gap is { } gap)
            {
                var test = gap.Test is { } code ? Inv($" ({Html(CodeSystemName(code.CodeSystem))} {Html(code.Code)})") : string.Empty;
                html.Append(Inv($"<div class=\"gap\">Missing: {Html(gap.Datum)}{test}</div>"));
            }

            if (finding.Timeline is { Points.IsEmpty: false } timeline)
            {
                AppendTimeline(html, timeline);
            }

            html.Append("</li>\n");
        }

        html.Append("</ol></details>\n");
    }

    private static void AppendTimeline(StringBuilder html, EvidenceTimeline timeline)
    {
        var unit = timeline.Unit is { } u ? " " + QuantityUnits.ToSymbol(u) : string.Empty;
        var condition = timeline.Operator is { } op && timeline.Limit is { } limit ? Inv($" (condition: {Operator(op)} {Number(limit)}{unit})") : string.Empty;
        var name = Html(Inv($"{timeline.Name}{condition}: met at {timeline.MetCount} of {timeline.Points.Length}"));
        html.Append(Inv($"<div class=\"timeline\"><p class=\"timeline\">Evidence timeline: {name}</p><table class=\"timeline\" aria-label=\"{name}\"><thead><tr><th>date</th><th>observed</th><th>met</th></tr></thead><tbody>"));
        foreach (var point in timeline.Points)
        {
            var observed = point.Observed is { } o ? Number(o) + unit : "not recorded";
            var met = point.Met switch { true => "<span class=\"met\">yes</span>", false => "no", null => "<span class=\"muted\">cannot say</span>" };
            html.Append(Inv($"<tr><td>{Date(point.On)}</td><td class=\"num\">{Html(observed)}</td><td>{met}</td></tr>"));
        }

        html.Append("</tbody></table></div>");
    }

    private static void AppendWarnings(StringBuilder html, ResistanceAssessment assessment)
    {
        var shown = assessment.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Information).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        html.Append(Inv($"<details class=\"diagnostics\"><summary>Diagnostics ({shown.Count})</summary><ul>"));
        foreach (var diagnostic in shown)
        {
            html.Append(Inv($"<li>{(diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning")} <span class=\"code\">{Html(diagnostic.Code)}</span> at <span class=\"code\">{Html(diagnostic.Path ?? "$")}</span>: {Html(diagnostic.Message)}</li>"));
        }

        html.Append("</ul></details>\n");
    }

    private static string FindingLinks(string id, IEnumerable<string> findings)
    {
        var links = findings.Select(f => Inv($"<a class=\"fref\" href=\"#{id}-{Html(f)}\">{Html(f)}</a>")).ToList();
        return links.Count == 0 ? string.Empty : " <span class=\"frefs\">(" + string.Join(", ", links) + ")</span>";
    }

    private static string FailureSection(CohortOutcome outcome)
    {
        var html = new StringBuilder();
        var where = outcome.Line is { } line ? Inv($"Line {Count(line)}") : Inv($"Record {outcome.Index + 1}");
        var subject = outcome.Subject is { } s ? " · " + Html(s.Value) : string.Empty;
        html.Append(Inv($"<article class=\"failure\" id=\"r-{outcome.Index}\"><h3>{where}{subject}</h3><table class=\"errors\"><thead><tr><th>severity</th><th>code</th><th>path</th><th>message</th></tr></thead><tbody>"));
        foreach (var error in outcome.Errors)
        {
            // Never the offending value: the report holds no patient values, whatever --include-values says.
            html.Append(Inv($"<tr><td>{(error.Severity == DiagnosticSeverity.Error ? "error" : "warning")}</td><td class=\"code\">{Html(error.Code)}</td><td class=\"code\">{Html(error.Path ?? "$")}</td><td>{Html(error.Message)}</td></tr>"));
        }

        html.Append("</tbody></table></article>\n");
        return html.ToString();
    }

    private string Head() => Inv($"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="autoimmune-resistance {Html(_pipeline.ResultsHeader.Manifest.LibraryVersion)}">
        <title>Treatment resistance: {Html(_options.InputName)}</title>
        <style>{ReportStyle.Css}</style>
        </head>
        <body>
        <header><h1>Treatment resistance in {Html(_options.InputName)}</h1>
        <p class="disclaimer">A research reading of the data, not a diagnosis and not a treatment recommendation. Every verdict is evidence for a qualified person to weigh, with the rules and publications behind it.</p>
        <nav><a href="#summary">Summary</a> · <a href="#charts">Prevalence</a> · <a href="#patients">Patients</a> · <a href="#verdicts">Explained verdicts</a>{(_failed > 0 ? " · <a href=\"#not-evaluated\">Not evaluated</a>" : string.Empty)} · <a href="#references">References</a></nav>
        </header>
        <main>

        """);

    private string Summary()
    {
        var html = new StringBuilder();
        html.Append("<section id=\"summary\"><h2>Cohort summary</h2>\n");
        if (_options.Cancelled())
        {
            html.Append("<p class=\"stopped\">This run was stopped before the end of its input: the report covers the records read until then.</p>\n");
        }

        html.Append(Inv($"<dl class=\"counts\"><div><dt>Records read</dt><dd id=\"count-read\">{Count(_read)}</dd></div><div><dt>Evaluated</dt><dd id=\"count-evaluated\">{Count(_evaluated)}</dd></div><div><dt>Could not be evaluated</dt><dd id=\"count-errors\">{Count(_failed)}</dd></div></dl>\n"));
        html.Append("<table class=\"by-disease\"><caption>Evaluated patients by disease and verdict</caption><thead><tr><th scope=\"col\">disease</th><th scope=\"col\" class=\"num\">patients</th>");
        foreach (var answer in Answers)
        {
            html.Append(Inv($"<th scope=\"col\" class=\"num\">{Answer(answer)}</th>"));
        }

        html.Append("</tr></thead><tbody>");
        foreach (var (disease, tally) in OrderedDiseases())
        {
            html.Append(Inv($"<tr><th scope=\"row\">{Html(DiseaseName(disease))}</th><td class=\"num\">{Count(tally.Patients)}</td>"));
            for (var i = 0; i < Answers.Length; i++)
            {
                html.Append(Inv($"<td class=\"num\">{Count(tally.Answers[i])} <span class=\"muted\">({Percent(tally.Answers[i], tally.Patients)})</span></td>"));
            }

            html.Append("</tr>");
        }

        if (_failed > 0)
        {
            html.Append(Inv($"<tr class=\"error\"><th scope=\"row\">Could not be evaluated (disease not known)</th><td class=\"num\">{Count(_failed)}</td><td colspan=\"3\"><a href=\"#not-evaluated\">each record with its line and errors</a></td></tr>"));
        }

        html.Append("</tbody></table>\n");
        var notes = new List<string>();
        if (_multiDisease > 0)
        {
            notes.Add(Inv($"{Count(_multiDisease)} patients have more than one of these diseases and are counted under each."));
        }

        notes.Add("A patient's diseases are those the modules judged: the diseases its therapies and organ domains were judged for and those of the rules that reported findings.");
        html.Append(Inv($"<p class=\"note\">{Html(string.Join(" ", notes))}</p>\n</section>\n"));
        return html.ToString();
    }

    private string Charts()
    {
        var diseases = OrderedDiseases().ToList();
        var verdictGroups = diseases.Select(d => new ChartGroup(
            Inv($"{DiseaseName(d.Disease)} ({Count(d.Tally.Patients)} patients)"),
            [.. Answers.Select((a, i) => new ChartBar(Answer(a), d.Tally.Answers[i], d.Tally.Patients, AnswerClass(a), Inv($"{Count(d.Tally.Answers[i])} ({Percent(d.Tally.Answers[i], d.Tally.Patients)})")))])).ToList();
        var mechanismGroups = diseases.Select(d => new ChartGroup(
            Inv($"{DiseaseName(d.Disease)} ({Count(d.Tally.Patients)} patients)"),
            [.. d.Tally.Mechanisms
                .OrderByDescending(m => m.Value.Supported).ThenByDescending(m => m.Value.Unknown).ThenBy(m => MechanismTitle(m.Key), StringComparer.Ordinal)
                .Select(m => new ChartBar(
                    MechanismTitle(m.Key),
                    m.Value.Supported,
                    d.Tally.Patients,
                    "supported",
                    Inv($"{Count(m.Value.Supported)} ({Percent(m.Value.Supported, d.Tally.Patients)}) + {Count(m.Value.Unknown)} unknown"),
                    m.Value.Unknown,
                    "unknown"))])).ToList();
        var html = new StringBuilder();
        html.Append("<section id=\"charts\"><h2>Prevalence by disease</h2>\n<figure>");
        html.Append(SvgBarChart.Render(
            "chart-verdicts",
            "Verdict prevalence by disease",
            "For each disease, the share of its evaluated patients whose verdict is resistance shown, cannot tell yet, or resistance not shown; the counts and percentages are written beside each bar.",
            verdictGroups,
            [.. Answers.Select(a => (AnswerClass(a), Answer(a)))]));
        html.Append("<figcaption>Verdict prevalence: the patient's overall answer, as a share of the evaluated patients with the disease.</figcaption></figure>\n<figure>");
        html.Append(SvgBarChart.Render(
            "chart-mechanisms",
            "Mechanism prevalence by disease",
            "For each disease, each resistance mechanism a rule spoke to: the patients with at least one finding supporting it, and those where a missing datum leaves it unknown, as a share of the evaluated patients with the disease.",
            mechanismGroups,
            [("supported", "supported by a finding"), ("unknown", "unknown: a datum is missing")]));
        html.Append("<figcaption>Mechanism prevalence: patients with at least one finding supporting the mechanism (dark), and patients where it is unknown for want of a datum (light) but not supported.</figcaption></figure>\n</section>\n");
        return html.ToString();
    }

    private IEnumerable<(DiseaseId Disease, DiseaseTally Tally)> OrderedDiseases() =>
        _diseases.OrderBy(d => d.Key.IsSpecified ? 0 : 1).ThenBy(d => d.Key.Value, StringComparer.Ordinal).Select(d => (d.Key, d.Value));

    private string TableStart()
    {
        var note = _detailed < _evaluated
            ? Inv($" Explained verdicts are written for the first {Count(_detailed)} of the {Count(_evaluated)} evaluated patients (the limit is set with <code>--report-patients</code>); the others are listed here and are in full in the results output.")
            : string.Empty;
        return Inv($"<section id=\"patients\"><h2>Patients</h2><p>Every record in input order: its line in the input, the subject, the diseases, the overall verdict and the therapies it concerns. A subject links to the patient's explained verdict.{note}</p>\n<table class=\"patients\"><thead><tr><th scope=\"col\" class=\"num\">line</th><th scope=\"col\">subject</th><th scope=\"col\">disease</th><th scope=\"col\">verdict</th><th scope=\"col\">therapies concerned</th></tr></thead><tbody>\n");
    }

    private string DetailsStart() =>
        Inv($"<section id=\"verdicts\"><h2>Explained verdicts</h2><p>For each patient: the summary in clinical words, each therapy's outcome with the mechanisms checked and the options to consider after a failure, the data that would sharpen the verdict, and the findings underneath with their thresholds and evidence timelines. Numbers in brackets are the references.</p>\n{(_detailed < _evaluated ? Inv($"<p class=\"note\">Shown for the first {Count(_detailed)} of {Count(_evaluated)} evaluated patients (<code>--report-patients</code>).</p>\n") : string.Empty)}");

    private string References()
    {
        var html = new StringBuilder();
        html.Append("<section id=\"references\"><h2>References</h2>\n");
        if (_citations.Count == 0)
        {
            html.Append("<p class=\"muted\">No publication was cited.</p>\n");
        }
        else
        {
            html.Append("<ol class=\"references\">");
            for (var i = 0; i < _citations.Count; i++)
            {
                var citation = _citations[i];
                var link = citation.Doi is { } doi
                    ? Inv($" <a href=\"https://doi.org/{Html(doi)}\">doi:{Html(doi)}</a>")
                    : citation.Url is { } url ? Inv($" <a href=\"{Html(url)}\">{Html(url)}</a>") : string.Empty;
                html.Append(Inv($"<li id=\"ref-{i + 1}\">{Html(citation.Authors)} ({citation.Year}). {Html(citation.Title)}. <em>{Html(citation.Source)}</em>.{link}</li>\n"));
            }

            html.Append("</ol>\n");
        }

        html.Append("</section>\n");
        return html.ToString();
    }

    private string Footer()
    {
        var manifest = _pipeline.ResultsHeader.Manifest;
        var modules = string.Join("; ", _pipeline.Diseases.Select(d => Inv($"{Html(d.Name)} ({Html(d.Module)} {Html(d.Version)})")));
        var definitions = string.Join("; ", _pipeline.Definitions.All.Select(s => Html(s.Title)));
        return Inv($"""
            </main>
            <footer id="manifest"><h2>How this report was produced</h2>
            <p>AutoimmuneResistance {Html(manifest.LibraryVersion)} with the modules: {modules}. Definitions applied: {definitions}. The same input and versions give the same report.</p>
            </footer>
            </body>
            </html>

            """);
    }

    private sealed class DiseaseTally
    {
        public long Patients { get; set; }

        public long[] Answers { get; } = new long[3];

        public Dictionary<MechanismId, (long Supported, long Unknown)> Mechanisms { get; } = [];
    }

    // A temporary file that parts of the page are written to as outcomes arrive, read back once at the end and deleted.
    private sealed class Spool : IAsyncDisposable
    {
        private readonly FileStream _file = new(
            Path.Combine(Path.GetTempPath(), $"autoimmune-resistance-report-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);

        public Spool() => Writer = new StreamWriter(_file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);

        public StreamWriter Writer { get; }

        public async Task CopyToAsync(StreamWriter page)
        {
            await Writer.FlushAsync().ConfigureAwait(false);
            await page.FlushAsync().ConfigureAwait(false);
            _file.Position = 0;
            await _file.CopyToAsync(page.BaseStream).ConfigureAwait(false);
            await page.BaseStream.FlushAsync().ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            await Writer.DisposeAsync().ConfigureAwait(false);
            await _file.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>What the HTML report shows.</summary>
internal sealed record HtmlReportOptions
{
    /// <summary>The default of <see cref="DetailedPatients"/>.</summary>
    public const int DefaultDetailedPatients = 1000;

    /// <summary>Gets the name of the input shown in the title (its file name, or <c>standard input</c>).</summary>
    public required string InputName { get; init; }

    /// <summary>Gets how many patients get an explained verdict (the first ones in input order); the table lists all.</summary>
    public long DetailedPatients { get; init; } = DefaultDetailedPatients;

    /// <summary>Gets a function that says, when the report is completed, whether the run was stopped early.</summary>
    public Func<bool> Cancelled { get; init; } = static () => false;
}
