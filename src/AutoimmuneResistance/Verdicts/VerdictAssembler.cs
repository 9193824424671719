using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace AutoimmuneResistance;

/// <summary>
/// Assembles a patient's <see cref="ResistanceVerdict"/> from what the verdict contributors reported: checks every
/// finding reference, fills mechanism titles, orders the therapy verdicts, derives the answer and what it concerns,
/// collects the data needs from the unknown findings and writes the summary. Names no disease: every clinical word in
/// the summary comes from a contributor's statements, the catalogs or the findings' data gaps.
/// </summary>
internal static class VerdictAssembler
{
    // The summary is read in ten seconds: the lead sentence, at most this many verdict statements and patient-level
    // explanations, and the most useful datum to collect.
    private const int SummaryStatements = 3;
    private const int SummaryExplanations = 2;

    [ThreadStatic]
    private static StringBuilder? t_summary;

    public static ResistanceVerdict Assemble(
        IReadOnlyList<Finding> findings,
        VerdictBuilder reported,
        MechanismCatalog mechanisms,
        List<EvaluationDiagnostic> diagnostics)
    {
        var therapies = new TherapyVerdict[reported.Therapies.Count];
        for (var i = 0; i < therapies.Length; i++)
        {
            // A verdict is copied only when the assembly changes one of its parts (a dropped reference, a title filled
            // in, courses put in order).
            var verdict = reported.Therapies[i];
            var (decided, explainedBy, courses) = (
                Checked(verdict.Findings, findings, diagnostics),
                Links(verdict.ExplainedBy, findings, mechanisms, diagnostics),
                InTimeOrder(CheckedCourses(verdict.Courses, findings, diagnostics)));
            therapies[i] = decided == verdict.Findings && explainedBy == verdict.ExplainedBy && courses == verdict.Courses
                ? verdict
                : verdict with { Findings = decided, ExplainedBy = explainedBy, Courses = courses };
        }

        // Time order of the first course; verdicts without courses after them, by therapy id.
        Array.Sort(therapies, static (a, b) =>
        {
            var (x, y) = (FirstStart(a), FirstStart(b));
            var byTherapy = string.CompareOrdinal(a.Therapy.Value, b.Therapy.Value);
            return x != y ? x.CompareTo(y) : byTherapy != 0 ? byTherapy : string.CompareOrdinal(a.Disease.Value, b.Disease.Value);
        });

        var domains = new DomainVerdict[reported.Domains.Count];
        for (var i = 0; i < domains.Length; i++)
        {
            var verdict = reported.Domains[i];
            var (decided, explainedBy) = (Checked(verdict.Findings, findings, diagnostics), Links(verdict.ExplainedBy, findings, mechanisms, diagnostics));
            domains[i] = decided == verdict.Findings && explainedBy == verdict.ExplainedBy
                ? verdict
                : verdict with { Findings = decided, ExplainedBy = explainedBy };
        }

        var explanations = Links(reported.Explanations, findings, mechanisms, diagnostics);
        var answer = Answer(therapies, domains);
        var concerns = Concerns(answer, therapies, domains);
        var needs = Needs(findings, therapies, domains);
        return new ResistanceVerdict
        {
            Answer = answer,
            Concerns = concerns,
            Summary = Summary(answer, therapies, domains, explanations, needs),
            Therapies = ImmutableCollectionsMarshal.AsImmutableArray(therapies),
            Domains = ImmutableCollectionsMarshal.AsImmutableArray(domains),
            ExplainedBy = explanations,
            WouldSharpen = needs,
        };
    }

    /// <summary>The verdict of an assessment no contributor could speak to (no registered module for the patient's diseases).</summary>
    public static ResistanceVerdict Empty(IReadOnlyList<Finding> findings)
    {
        var needs = Needs(findings, [], []);
        var text = t_summary ??= new StringBuilder(512);
        text.Clear().Append("Cannot tell yet: no registered disease module judged a therapy or a named definition for this patient.");
        AppendNeeds(text, needs);
        return new ResistanceVerdict { Answer = ResistanceAnswer.CannotTellYet, Summary = text.ToString(), WouldSharpen = needs };
    }

    // Courses in time order (a stable sort: courses starting the same day keep the contributor's order).
    private static ImmutableArray<CourseOutcome> InTimeOrder(ImmutableArray<CourseOutcome> courses)
    {
        for (var i = 1; i < courses.Length; i++)
        {
            if (courses[i].Start < courses[i - 1].Start)
            {
                return [.. courses.OrderBy(static c => c.Start)];
            }
        }

        return courses;
    }

    // The start of the therapy's earliest course, whatever order the contributor listed the courses in.
    private static DateOnly FirstStart(TherapyVerdict verdict)
    {
        var first = DateOnly.MaxValue;
        foreach (var course in verdict.Courses)
        {
            if (course.Start < first)
            {
                first = course.Start;
            }
        }

        return first;
    }

    private static ResistanceAnswer Answer(TherapyVerdict[] therapies, DomainVerdict[] domains)
    {
        var undecided = false;
        var any = false;
        foreach (var verdict in therapies)
        {
            any = true;
            if (verdict.Resistance == ResistanceAnswer.Shown)
            {
                return ResistanceAnswer.Shown;
            }

            undecided |= verdict.Resistance == ResistanceAnswer.CannotTellYet;
        }

        foreach (var verdict in domains)
        {
            any = true;
            if (verdict.Answer == ResistanceAnswer.Shown)
            {
                return ResistanceAnswer.Shown;
            }

            undecided |= verdict.Answer == ResistanceAnswer.CannotTellYet;
        }

        // Nothing judged is not evidence of no resistance.
        return undecided || !any ? ResistanceAnswer.CannotTellYet : ResistanceAnswer.NotShown;
    }

    private static VerdictConcerns Concerns(ResistanceAnswer answer, TherapyVerdict[] therapies, DomainVerdict[] domains)
    {
        if (answer == ResistanceAnswer.NotShown)
        {
            return VerdictConcerns.None;
        }

        var concernedTherapies = ImmutableArray.CreateBuilder<TherapyId>();
        foreach (var verdict in therapies)
        {
            if (verdict.Resistance == answer && !concernedTherapies.Contains(verdict.Therapy))
            {
                concernedTherapies.Add(verdict.Therapy);
            }
        }

        var concernedDomains = ImmutableArray.CreateBuilder<OrganDomain>();
        foreach (var verdict in domains)
        {
            if (verdict.Answer == answer && !concernedDomains.Contains(verdict.Domain))
            {
                concernedDomains.Add(verdict.Domain);
            }
        }

        return concernedTherapies.Count == 0 && concernedDomains.Count == 0
            ? VerdictConcerns.None
            : new VerdictConcerns { Therapies = concernedTherapies.ToImmutable(), Domains = concernedDomains.ToImmutable() };
    }

    // The data gaps of the unknown findings, one entry per datum: the same test (by code) or, without a code, the same
    // datum at the same path is one need. Most useful first: the verdicts it would settle, then the findings it would
    // decide, then the order of the findings.
    private static ImmutableArray<DataNeed> Needs(IReadOnlyList<Finding> findings, TherapyVerdict[] therapies, DomainVerdict[] domains)
    {
        List<Need>? needs = null;
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (finding.Gap is not { } gap || finding.Id is not { } id)
            {
                continue;
            }

            needs ??= [];
            Need? same = null;
            foreach (var need in needs)
            {
                if (SameDatum(need.Gap, gap))
                {
                    same = need;
                    break;
                }
            }

            if (same is null)
            {
                same = new Need(gap, needs.Count);
                needs.Add(same);
            }

            same.Settles.Add(id);
        }

        if (needs is null)
        {
            return [];
        }

        foreach (var need in needs)
        {
            foreach (var verdict in therapies)
            {
                if (verdict.Resistance == ResistanceAnswer.CannotTellYet && Refers(verdict.Findings, verdict.ExplainedBy, need.Settles)
                    && !need.Therapies.Contains(verdict.Therapy))
                {
                    need.Therapies.Add(verdict.Therapy);
                }
            }

            foreach (var verdict in domains)
            {
                if (verdict.Answer == ResistanceAnswer.CannotTellYet && Refers(verdict.Findings, verdict.ExplainedBy, need.Settles)
                    && !need.Domains.Contains(verdict.Domain))
                {
                    need.Domains.Add(verdict.Domain);
                }
            }
        }

        needs.Sort(static (a, b) =>
            a.Verdicts != b.Verdicts ? b.Verdicts.CompareTo(a.Verdicts)
            : a.Settles.Count != b.Settles.Count ? b.Settles.Count.CompareTo(a.Settles.Count)
            : a.Order.CompareTo(b.Order));
        var result = new DataNeed[needs.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var need = needs[i];
            result[i] = new DataNeed
            {
                Datum = need.Gap.Datum,
                Test = need.Gap.Test,
                Path = need.Gap.Path,
                Settles = need.Settles.ToImmutable(),
                Therapies = need.Therapies.Count == 0 ? [] : need.Therapies.ToImmutable(),
                Domains = need.Domains.Count == 0 ? [] : need.Domains.ToImmutable(),
            };
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>One datum being collected: the first gap that named it, the findings it would settle, the verdicts it would decide.</summary>
    private sealed class Need(DataGap gap, int order)
    {
        public DataGap Gap { get; } = gap;

        public int Order { get; } = order;

        public ImmutableArray<string>.Builder Settles { get; } = ImmutableArray.CreateBuilder<string>();

        public ImmutableArray<TherapyId>.Builder Therapies { get; } = ImmutableArray.CreateBuilder<TherapyId>(0);

        public ImmutableArray<OrganDomain>.Builder Domains { get; } = ImmutableArray.CreateBuilder<OrganDomain>(0);

        public int Verdicts => Therapies.Count + Domains.Count;
    }

    private static bool SameDatum(DataGap first, DataGap gap) => first.Test is { } test
        ? gap.Test is { } other && test.CodeSystem == other.CodeSystem && test.Code == other.Code
        : gap.Test is null && first.Datum == gap.Datum && first.Path == gap.Path;

    private static bool Refers(ImmutableArray<string> decidedBy, ImmutableArray<MechanismLink> explainedBy, ImmutableArray<string>.Builder ids)
    {
        foreach (var id in ids)
        {
            if (decidedBy.Contains(id))
            {
                return true;
            }

            foreach (var link in explainedBy)
            {
                if (link.Findings.Contains(id))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Summary(
        ResistanceAnswer answer,
        TherapyVerdict[] therapies,
        DomainVerdict[] domains,
        ImmutableArray<MechanismLink> explanations,
        ImmutableArray<DataNeed> needs)
    {
        var text = t_summary ??= new StringBuilder(512);
        text.Clear();
        if (therapies.Length == 0 && domains.Length == 0)
        {
            text.Append("Cannot tell yet: no therapy course or named definition could be judged.");
        }
        else
        {
            Lead(text, answer, therapies, domains);
            var statements = 0;
            foreach (var verdict in therapies)
            {
                if (statements < SummaryStatements && (answer == ResistanceAnswer.NotShown || verdict.Resistance == answer))
                {
                    text.Append(' ').Append(verdict.Statement);
                    statements++;
                }
            }

            foreach (var verdict in domains)
            {
                if (statements < SummaryStatements && verdict.Answer == answer)
                {
                    text.Append(' ').Append(verdict.Statement);
                    statements++;
                }
            }
        }

        var also = 0;
        foreach (var link in explanations)
        {
            if (also < SummaryExplanations && link.Status == FindingStatus.Supported && link.Statement is { } statement)
            {
                text.Append(also == 0 ? " Also: " : "; ").Append(statement);
                also++;
            }
        }

        if (also > 0)
        {
            text.Append('.');
        }

        AppendNeeds(text, needs);
        return text.ToString();
    }

    private static void AppendNeeds(StringBuilder text, ImmutableArray<DataNeed> needs)
    {
        if (!needs.IsEmpty)
        {
            text.Append(" Would sharpen this: ").Append(needs[0].Datum);
            if (needs.Length > 1)
            {
                text.Append(CultureInfo.InvariantCulture, $" (and {needs.Length - 1} more)");
            }

            text.Append('.');
        }
    }

    private static void Lead(StringBuilder text, ResistanceAnswer answer, TherapyVerdict[] therapies, DomainVerdict[] domains)
    {
        var names = new List<string>();
        foreach (var verdict in therapies)
        {
            if (verdict.Resistance == answer && !names.Contains(verdict.Name))
            {
                names.Add(verdict.Name);
            }
        }

        var definitions = new List<string>();
        foreach (var verdict in domains)
        {
            if (verdict.Answer == answer && !definitions.Contains(verdict.Definition))
            {
                definitions.Add(verdict.Definition);
            }
        }

        switch (answer)
        {
            case ResistanceAnswer.Shown:
                text.Append("Resistance shown");
                if (names.Count > 0)
                {
                    text.Append(" to ");
                    ClinicalProse.AppendList(text, names);
                }

                if (definitions.Count > 0)
                {
                    text.Append(names.Count > 0 ? "; " : ": ");
                    ClinicalProse.AppendList(text, definitions, lowerFirst: false);
                    text.Append(definitions.Count == 1 ? " is met" : " are met");
                }

                text.Append('.');
                break;
            case ResistanceAnswer.CannotTellYet:
                text.Append("Cannot tell yet whether the disease resists ");
                if (names.Count > 0)
                {
                    ClinicalProse.AppendList(text, names);
                }

                if (definitions.Count > 0)
                {
                    text.Append(names.Count > 0 ? "; undecided: " : "treatment; undecided: ");
                    ClinicalProse.AppendList(text, definitions, lowerFirst: false);
                }

                text.Append('.');
                break;
            default:
                text.Append("Resistance not shown.");
                break;
        }
    }

    private static ImmutableArray<string> Checked(ImmutableArray<string> ids, IReadOnlyList<Finding> findings, List<EvaluationDiagnostic> diagnostics)
    {
        foreach (var id in ids)
        {
            if (!Exists(id, findings))
            {
                return Filter(ids, findings, diagnostics);
            }
        }

        return ids;
    }

    private static ImmutableArray<string> Filter(ImmutableArray<string> ids, IReadOnlyList<Finding> findings, List<EvaluationDiagnostic> diagnostics)
    {
        var kept = ImmutableArray.CreateBuilder<string>(ids.Length);
        foreach (var id in ids)
        {
            if (Exists(id, findings))
            {
                kept.Add(id);
            }
            else
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    DiagnosticCodes.VerdictReferenceUnknown,
                    $"a verdict contributor referred to finding '{CodeText.Truncate(id)}', which the assessment does not hold; the reference was dropped"));
            }
        }

        return kept.ToImmutable();
    }

    private static ImmutableArray<CourseOutcome> CheckedCourses(ImmutableArray<CourseOutcome> courses, IReadOnlyList<Finding> findings, List<EvaluationDiagnostic> diagnostics)
    {
        foreach (var course in courses)
        {
            if (course.Finding is { } id && !Exists(id, findings))
            {
                var kept = ImmutableArray.CreateBuilder<CourseOutcome>(courses.Length);
                foreach (var c in courses)
                {
                    if (c.Finding is { } f && !Exists(f, findings))
                    {
                        diagnostics.Add(EvaluationDiagnostic.Error(
                            DiagnosticCodes.VerdictReferenceUnknown,
                            $"a verdict contributor referred to finding '{CodeText.Truncate(f)}', which the assessment does not hold; the reference was dropped"));
                        kept.Add(c with { Finding = null });
                    }
                    else
                    {
                        kept.Add(c);
                    }
                }

                return kept.MoveToImmutable();
            }
        }

        return courses;
    }

    private static ImmutableArray<MechanismLink> Links(
        IReadOnlyList<MechanismLink> links,
        IReadOnlyList<Finding> findings,
        MechanismCatalog mechanisms,
        List<EvaluationDiagnostic> diagnostics)
    {
        if (links.Count == 0)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<MechanismLink>(links.Count);
        foreach (var link in links)
        {
            var title = link.Title ?? (mechanisms.TryGet(link.Mechanism, out var mechanism) ? mechanism.Title : null);
            var ids = Checked(link.Findings, findings, diagnostics);
            result.Add(title == link.Title && ids == link.Findings ? link : link with { Title = title, Findings = ids });
        }

        return result.MoveToImmutable();
    }

    private static ImmutableArray<MechanismLink> Links(
        ImmutableArray<MechanismLink> links,
        IReadOnlyList<Finding> findings,
        MechanismCatalog mechanisms,
        List<EvaluationDiagnostic> diagnostics) =>
        links.IsEmpty || Unchanged(links, findings) ? links : Links((IReadOnlyList<MechanismLink>)links, findings, mechanisms, diagnostics);

    // Links that already have their titles and refer only to findings the assessment holds are kept as they are.
    private static bool Unchanged(ImmutableArray<MechanismLink> links, IReadOnlyList<Finding> findings)
    {
        foreach (var link in links)
        {
            if (link.Title is null)
            {
                return false;
            }

            foreach (var id in link.Findings)
            {
                if (!Exists(id, findings))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Ids are "f" and the one-based position, so a reference is checked without a search.
    private static bool Exists(string id, IReadOnlyList<Finding> findings) =>
        id.Length > 1 && id[0] == 'f'
        && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
        && position >= 1 && position <= findings.Count && findings[position - 1].Id == id;
}
