using System.Globalization;
using System.Text;

namespace AutoimmuneResistance.Lupus.Tests.DemoCohort;

// The synthetic demo cohort is there to show what the lupus module says: every mechanism, every status each evaluator
// can give, and every per-course classification must occur in it, so that the quick start and anyone reading the file
// see them all. When an evaluator is added or changed, these tests say whether the cohort still covers it; extend the
// lupus scenarios of samples/DemoCohort/generate-demo-cohort.cs and regenerate:
//   dotnet run samples/DemoCohort/generate-demo-cohort.cs
public sealed class DemoCohortCoverageTests(DemoCohortFixture cohort) : IClassFixture<DemoCohortFixture>
{
    private const FindingStatus S = FindingStatus.Supported;
    private const FindingStatus N = FindingStatus.NotSupported;
    private const FindingStatus U = FindingStatus.Unknown;

    // Every (evaluator, mechanism, status) a lupus evaluator can produce, for the evaluators that can produce more than
    // one status, read from docs/evaluators/<id>.md and the rules in src/AutoimmuneResistance.Lupus/Evaluators:
    //   sle.pharmacogenomics          per drug: reduced function supported, normal not supported, genotype missing unknown
    //   sle.rituximab-response        antibodies present / absent / untested; depletion incomplete / complete / unmeasured;
    //                                 repopulation early or observed / still depleted / no later count
    //   sle.biomarkers                interferon signature high / low / missing; BLyS >= 2 / < 2 (or serology both / not
    //                                 both) / neither BLyS nor serology
    //   sle.exposures                 current smoker / former or never / smoking unrecorded
    //   sle.organ-confined-activity   one organ system / several; there is no unknown rule
    //   sle.non-adherence             evidence of non-adherence / of adherence / none
    //   sle.treatment-response        primary non-response: shown and adherent / response, partial, intolerance or
    //                                 non-adherent / adherence unknown, inadequate dose, too early or no activity data;
    //                                 secondary loss: adherent / non-adherent / adherence unknown
    //   sle.refractory-lupus-nephritis Arora 2022 met / not met / undecided
    //   sle.glucocorticoids           maintenance target missed and dependence (sle.glucocorticoid-dependence),
    //                                 escalation after a taper (sle.secondary-loss-of-response): each S / N / U
    //   sle.refractory-definitions    severe refractory (APLC pilot 2025), not at target: S / N / U; high disease
    //                                 activity: S / N (without a SLEDAI-2K visit the evaluator says nothing)
    private static readonly (string Evaluator, string Mechanism, FindingStatus[] Statuses)[] Producible =
    [
        ("sle.pharmacogenomics", "sle.thiopurine-metabolism", [S, N, U]),
        ("sle.pharmacogenomics", "sle.cyp3a5-tacrolimus", [S, N, U]),
        ("sle.pharmacogenomics", "sle.fcgr3a-rituximab", [S, N, U]),
        ("sle.rituximab-response", "sle.anti-rituximab-antibodies", [S, N, U]),
        ("sle.rituximab-response", "sle.incomplete-b-cell-depletion", [S, N, U]),
        ("sle.rituximab-response", "sle.b-cell-repopulation", [S, N, U]),
        ("sle.biomarkers", "sle.type-i-interferon", [S, N, U]),
        ("sle.biomarkers", "sle.blys-serology-belimumab", [S, N, U]),
        ("sle.exposures", "sle.smoking-antimalarials", [S, N, U]),
        ("sle.organ-confined-activity", "sle.organ-confined-activity", [S, N]),
        ("sle.non-adherence", "sle.non-adherence", [S, N, U]),
        ("sle.treatment-response", "sle.primary-non-response", [S, N, U]),
        ("sle.treatment-response", "sle.secondary-loss-of-response", [S, N, U]),
        ("sle.refractory-lupus-nephritis", "sle.refractory-lupus-nephritis", [S, N, U]),
        ("sle.glucocorticoids", "sle.glucocorticoid-dependence", [S, N, U]),
        ("sle.glucocorticoids", "sle.secondary-loss-of-response", [S, N, U]),
        ("sle.refractory-definitions", "sle.severe-refractory-disease", [S, N, U]),
        ("sle.refractory-definitions", "sle.high-disease-activity", [S, N]),
        ("sle.refractory-definitions", "sle.not-at-target", [S, N, U]),
    ];

    [Fact]
    public void Every_registered_evaluator_reports_every_mechanism_it_declares()
    {
        var missing = cohort.Pipeline.Evaluators
            .SelectMany(e => e.Mechanisms.Select(m => (Evaluator: e.Id.Value, Mechanism: m.Value)))
            .Where(p => !cohort.Findings.Any(f => f.Evaluator.Value == p.Evaluator && f.Mechanism.Value == p.Mechanism))
            .Select(p => $"{p.Evaluator} / {p.Mechanism}")
            .ToList();

        Assert.True(missing.Count == 0, $"no finding in the demo cohort for: {string.Join(", ", missing)}\n{Table()}");
    }

    [Fact]
    public void Every_status_occurs_for_every_lupus_evaluator_that_can_produce_more_than_one()
    {
        var registered = cohort.Pipeline.Evaluators.Select(e => e.Id.Value).ToHashSet(StringComparer.Ordinal);
        var unregistered = Producible.Select(p => p.Evaluator).Distinct().Where(id => !registered.Contains(id)).ToList();
        Assert.True(unregistered.Count == 0, $"in the table but not registered by AddLupus(): {string.Join(", ", unregistered)}");
        var missing = new List<string>();
        foreach (var (evaluator, mechanism, statuses) in Producible)
        {
            foreach (var status in statuses)
            {
                if (!cohort.Findings.Any(f => f.Evaluator.Value == evaluator && f.Mechanism.Value == mechanism && f.Status == status))
                {
                    missing.Add($"{evaluator} / {mechanism} / {status}");
                }
            }
        }

        Assert.True(missing.Count == 0, $"missing from the demo cohort: {string.Join(", ", missing)}\n{Table()}");
    }

    [Fact]
    public void The_status_table_names_every_registered_evaluator_and_every_status_it_produces()
    {
        // A new evaluator, or a new (mechanism, status) of an existing one, must be added to Producible above.
        // The systemic sclerosis evaluators (registered so that the SSc records read) are covered by the SSc tests.
        var known = Producible.Select(p => p.Evaluator).ToHashSet(StringComparer.Ordinal);
        var unknown = cohort.Pipeline.Evaluators.Select(e => e.Id.Value).Where(id => !known.Contains(id) && !id.StartsWith("ssc.", StringComparison.Ordinal)).ToList();
        Assert.True(unknown.Count == 0, $"registered evaluators missing from the table: {string.Join(", ", unknown)}");

        var listed = Producible.SelectMany(p => p.Statuses.Select(s => (p.Evaluator, p.Mechanism, s))).ToHashSet();
        var unlisted = cohort.Findings
            .Where(f => !f.Evaluator.Value.StartsWith("ssc.", StringComparison.Ordinal))
            .Select(f => (f.Evaluator.Value, f.Mechanism.Value, f.Status))
            .Distinct()
            .Where(t => !listed.Contains(t))
            .Select(t => $"{t.Item1} / {t.Item2} / {t.Item3}")
            .ToList();
        Assert.True(unlisted.Count == 0, $"produced but not in the table: {string.Join(", ", unlisted)}");
    }

    [Fact]
    public void Every_course_classification_occurs()
    {
        var seen = cohort.Findings.Select(f => f.Detail).OfType<CourseClassificationDetail>().Select(d => d.Response).ToHashSet();

        // A course is classified by its activity; non-adherence explaining a failure is a therapy-level outcome.
        Assert.Equal(Enum.GetValues<TherapyOutcome>().Where(o => o != TherapyOutcome.NonAdherence).Order(), seen.Order());
    }

    [Fact]
    public void Every_lupus_mechanism_appears_in_some_finding()
    {
        var declared = cohort.Pipeline.Evaluators.SelectMany(e => e.Mechanisms).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var reported = cohort.Findings.Select(f => f.Mechanism.Value).ToHashSet(StringComparer.Ordinal);
        var all = LupusMechanisms.All.Select(m => m.Id.Value).ToList();

        var orphaned = all.Where(id => !declared.Contains(id)).ToList();
        Assert.True(orphaned.Count == 0, $"no registered evaluator declares: {string.Join(", ", orphaned)}");
        var missing = all.Where(id => !reported.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"never reported in the demo cohort: {string.Join(", ", missing)}\n{Table()}");
    }

    [Fact]
    public void No_evaluator_fails_on_a_valid_record()
    {
        var errors = cohort.Outcomes
            .Where(o => o.Assessment is { HasErrors: true })
            .Select(o => $"line {o.Line}: {string.Join("; ", o.Assessment!.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))}")
            .ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    // The evaluator × mechanism × status counts, shown when a coverage test fails.
    private string Table()
    {
        var text = new StringBuilder("evaluator / mechanism: supported, not-supported, unknown\n");
        foreach (var group in cohort.Findings.GroupBy(f => (f.Evaluator.Value, f.Mechanism.Value)).OrderBy(g => g.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {group.Key.Item1} / {group.Key.Item2}: ")
                .Append(CultureInfo.InvariantCulture, $"{group.Count(f => f.Status == S)}, {group.Count(f => f.Status == N)}, {group.Count(f => f.Status == U)}\n");
        }

        return text.ToString();
    }
}
