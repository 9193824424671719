using System.Collections.Immutable;
using AutoimmuneResistance.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Verdicts;

/// <summary>Findings and contributor output to assemble a verdict from; prints as a one-line digest.</summary>
public sealed record VerdictCase(
    ImmutableArray<Finding> Findings,
    ImmutableArray<TherapyVerdict> Therapies,
    ImmutableArray<DomainVerdict> Domains,
    ImmutableArray<MechanismLink> Explanations)
{
    public override string ToString() =>
        $"findings [{string.Join(", ", Findings.Select(f => f.Status))}]; therapies [{string.Join(", ", Therapies.Select(t => $"{t.Therapy} {t.Resistance} courses {string.Join('/', t.Courses.Select(x => $"{x.Start:O}:{x.Finding}"))} refs {string.Join('/', t.Findings)} links {string.Join('/', t.ExplainedBy.SelectMany(l => l.Findings))}"))}]; "
        + $"domains [{string.Join(", ", Domains.Select(d => $"{d.Domain} {d.Answer} refs {string.Join('/', d.Findings)} links {string.Join('/', d.ExplainedBy.SelectMany(l => l.Findings))}"))}]; "
        + $"explanations [{string.Join(", ", Explanations.Select(l => $"{l.Status} {string.Join('/', l.Findings)}"))}]";
}

/// <summary>
/// The verdict property's arbitrary: up to six findings (supported, not supported, unknown with a datum to get) and
/// contributor output for them (therapy and domain verdicts with any answers, courses, explanations and references,
/// some of them to findings the assessment does not hold). No shrinking; a case prints as a one-line digest.
/// </summary>
internal static class VerdictArbitraries
{
    private static readonly ClinicalCode?[] Tests = [null, ClinicalCode.Loinc("95921-3"), ClinicalCode.Loinc("2160-0")];

    public static Arbitrary<VerdictCase> Cases() => CaseGen().ToArbitrary();

    private static Gen<VerdictCase> CaseGen() =>
        from count in Gen.Choose(0, 6)
        from findings in FindingGen().ArrayOf(count)
        from therapies in Generators.Many(Therapy(count), 5)
        from domains in Generators.Many(Domain(count), 3)
        from explanations in Generators.Many(Link(count), 3)
        select new VerdictCase([.. findings], therapies, domains, explanations);

    private static Gen<Finding> FindingGen() => Gen.Frequency(
        (2, Gen.Constant(Scripted.Supported())),
        (1, Gen.Constant(Scripted.NotSupported())),
        (3, from datum in Gen.Elements("a drug level", "a refill record", "a kidney biopsy")
            from test in Gen.Elements(Tests)
            from path in Gen.Elements<string?>(null, "$.drugLevels")
            select Scripted.Unknown(datum, test, path)));

    // Mostly ids the assessment holds, sometimes one it does not.
    private static Gen<string> Reference(int findings)
    {
        var unknown = Gen.Elements("f0", $"f{findings + 1}", "f999", "F1", "f01", "x", string.Empty);
        return findings == 0 ? unknown : Gen.Frequency((6, Gen.Choose(1, findings).Select(i => "f" + i)), (1, unknown));
    }

    private static Gen<ResistanceAnswer> Answers { get; } = Gen.Elements(Enum.GetValues<ResistanceAnswer>());

    private static Gen<MechanismLink> Link(int findings) =>
        from status in Gen.Elements(Enum.GetValues<FindingStatus>())
        from refs in Generators.Many(Reference(findings), 2)
        from statement in Gen.Elements<string?>(null, "taken irregularly", "glucocorticoid dependence: above 5 mg/day at 3 of 3 visits")
        select new MechanismLink { Mechanism = Scripted.Adherence, Status = status, Findings = refs, Statement = statement };

    private static Gen<TherapyVerdict> Therapy(int findings) =>
        from therapy in Generators.WellKnown<TherapyId>()
        from answer in Answers
        from courses in Generators.Many(
            from day in Gen.Choose(0, 3000)
            from finding in Generators.MaybeRef(Reference(findings))
            select new CourseOutcome { Course = "$.therapies[0]", Start = new DateOnly(2015, 1, 1).AddDays(day), Outcome = TherapyOutcome.Unknown, Finding = finding },
            3)
        from refs in Generators.Many(Reference(findings), 2)
        from links in Generators.Many(Link(findings), 2)
        select Scripted.Therapy(therapy, answer, findings: [.. refs], explainedBy: [.. links]) with { Courses = courses };

    private static Gen<DomainVerdict> Domain(int findings) =>
        from domain in Generators.WellKnown<OrganDomain>()
        from answer in Answers
        from refs in Generators.Many(Reference(findings), 2)
        from links in Generators.Many(Link(findings), 2)
        select Scripted.Domain(domain, answer, findings: [.. refs], explainedBy: [.. links]);
}

// For any findings and any contributor output (therapy and domain verdicts with any answers, courses, explanations
// and references, some of them to findings the assessment does not hold), the assembled verdict follows the rules.
[Properties(Arbitrary = [typeof(VerdictArbitraries)], Replay = PropertyConfig.Replay)]
public sealed class VerdictPropertyTests
{
    [Property(MaxTest = 200)]
    public void The_answer_follows_the_rule_and_every_reference_in_the_verdict_exists(VerdictCase c)
    {
        var assessment = Scripted.Evaluate(c.Findings, (_, v) =>
        {
            foreach (var therapy in c.Therapies)
            {
                v.Add(therapy);
            }

            foreach (var domain in c.Domains)
            {
                v.Add(domain);
            }

            foreach (var link in c.Explanations)
            {
                v.Explain(link);
            }
        });
        var verdict = assessment.Verdict!;

        // The answer: shown over undecided over not shown; nothing judged cannot tell.
        var answers = c.Therapies.Select(t => t.Resistance).Concat(c.Domains.Select(d => d.Answer)).ToList();
        var expected = answers.Contains(ResistanceAnswer.Shown) ? ResistanceAnswer.Shown
            : answers.Count == 0 || answers.Contains(ResistanceAnswer.CannotTellYet) ? ResistanceAnswer.CannotTellYet
            : ResistanceAnswer.NotShown;
        Assert.Equal(expected, verdict.Answer);

        // Every id the verdict refers to is a finding of the assessment; every other reference was reported.
        var ids = assessment.Findings.Select(f => f.Id!).ToHashSet(StringComparer.Ordinal);
        Assert.All(References(verdict), id => Assert.Contains(id, ids));
        Assert.Equal(
            References(c.Therapies, c.Domains, c.Explanations).Count(id => !ids.Contains(id)),
            assessment.Diagnostics.Count(d => d.Code == DiagnosticCodes.VerdictReferenceUnknown));
        Assert.All(assessment.Diagnostics, d => Assert.Equal(DiagnosticCodes.VerdictReferenceUnknown, d.Code));

        // Nothing is lost or invented; therapies in time order of their first course, those without courses last by id.
        Assert.Equal(c.Therapies.Length, verdict.Therapies.Length);
        Assert.Equal(c.Domains.Select(d => d.Definition), verdict.Domains.Select(d => d.Definition));
        var keys = verdict.Therapies.Select(t => (Start: t.Courses.IsEmpty ? DateOnly.MaxValue : t.Courses.Min(x => x.Start), t.Therapy.Value)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Start).ThenBy(k => k.Value, StringComparer.Ordinal), keys);

        // Concerns: the verdicts that carry the answer, once each.
        var concerned = expected == ResistanceAnswer.NotShown ? [] : verdict.Therapies.Where(t => t.Resistance == expected).Select(t => t.Therapy).Distinct().ToArray();
        Assert.Equal(concerned, verdict.Concerns.Therapies.AsEnumerable());

        // Data needs: each unknown finding is decided by exactly one need; a need settles only undecided verdicts.
        Assert.Equal(
            assessment.Findings.Where(f => f.Status == FindingStatus.Unknown).Select(f => f.Id!).Order(StringComparer.Ordinal),
            verdict.WouldSharpen.SelectMany(n => n.Settles).Order(StringComparer.Ordinal));
        var undecided = verdict.Therapies.Where(t => t.Resistance == ResistanceAnswer.CannotTellYet).Select(t => t.Therapy).ToHashSet();
        Assert.All(verdict.WouldSharpen, n => Assert.All(n.Therapies, t => Assert.Contains(t, undecided)));

        SummaryTests.AssertClinicalProse(verdict.Summary);
        var json = ResistanceJson.Core.SerializeToUtf8Bytes(assessment);
        Assert.Equal(json, ResistanceJson.Core.SerializeToUtf8Bytes(ResistanceJson.Core.DeserializeAssessment(json)));
    }

    private static IEnumerable<string> References(ResistanceVerdict verdict) =>
        References(verdict.Therapies, verdict.Domains, verdict.ExplainedBy).Concat(verdict.WouldSharpen.SelectMany(n => n.Settles));

    private static IEnumerable<string> References(ImmutableArray<TherapyVerdict> therapies, ImmutableArray<DomainVerdict> domains, ImmutableArray<MechanismLink> explanations) =>
        therapies.SelectMany(t => t.Findings.Concat(t.ExplainedBy.SelectMany(l => l.Findings)).Concat(t.Courses.Select(x => x.Finding).OfType<string>()))
            .Concat(domains.SelectMany(d => d.Findings.Concat(d.ExplainedBy.SelectMany(l => l.Findings))))
            .Concat(explanations.SelectMany(l => l.Findings));
}
