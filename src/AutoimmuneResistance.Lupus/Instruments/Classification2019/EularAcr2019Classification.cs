using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The 2019 EULAR/ACR classification criteria for systemic lupus erythematosus (instrument
/// <c>sle.eular-acr-2019-classification</c>). Research classification, not diagnosis.
/// </summary>
/// <remarks>
/// <para>
/// Source: Aringer M, Costenbader K, Daikh D, et al. 2019 European League Against Rheumatism/American College of
/// Rheumatology classification criteria for systemic lupus erythematosus. Ann Rheum Dis 2019;78(9):1151-9,
/// doi:10.1136/annrheumdis-2018-214819; simultaneously Arthritis Rheumatol 2019;71(9):1400-12, doi:10.1002/art.40930.
/// Final weights as in <see cref="Classification2019Criteria"/>.
/// </para>
/// <para>
/// Algorithm (project clinical reference section 3.1): (1) entry criterion ANA ≥ 1:80 on HEp-2 cells or an equivalent
/// positive test, ever (<c>anaTiterDenominator &gt;= 80</c>); if not met, no points are counted; (2) a criterion counts
/// only if not more likely explained by another cause; (3) one occurrence suffices, criteria need not be simultaneous;
/// (4) within each domain only the highest-weighted criterion counts; (5) classify when the total is ≥ 10 and at
/// least one clinical criterion counts.
/// </para>
/// </remarks>
public sealed class EularAcr2019Classification : ClinicalInstrument<Classification2019Input, Classification2019Result>
{
    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = LupusIds.Classification2019,
        Title = "2019 EULAR/ACR classification criteria for systemic lupus erythematosus",
        Version = "1.0.0",
        Sources =
        [
            new Citation(
                "Aringer M, Costenbader K, Daikh D, et al.",
                2019,
                "2019 European League Against Rheumatism/American College of Rheumatology classification criteria for systemic lupus erythematosus",
                "Ann Rheum Dis 2019;78(9):1151-9",
                "10.1136/annrheumdis-2018-214819"),
            new Citation(
                "Aringer M, Costenbader K, Daikh D, et al.",
                2019,
                "2019 European League Against Rheumatism/American College of Rheumatology classification criteria for systemic lupus erythematosus",
                "Arthritis Rheumatol 2019;71(9):1400-12",
                "10.1002/art.40930"),
        ],
        Documentation = "docs/instruments/sle.eular-acr-2019-classification.md",
    };

    /// <inheritdoc/>
    public override IReadOnlyList<EvaluationDiagnostic> Validate(Classification2019Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<EvaluationDiagnostic>();
        if (input.AnaTiterDenominator is < 1 or > 1_000_000)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidTiter, "the ANA titre denominator must be between 1 and 1000000 (80 for 1:80)", "$.anaTiterDenominator"));
        }

        var counted = CheckList(input.Criteria, "$.criteria", diagnostics);
        _ = CheckList(input.OtherCause, "$.otherCause", diagnostics);
        for (var i = 0; i < input.OtherCause.Length; i++)
        {
            if (counted.Contains(input.OtherCause[i]))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    LupusDiagnosticCodes.ClassificationCriterionContradictory,
                    "the criterion is listed both as attributed to SLE ('criteria') and as better explained by another cause ('otherCause'); list it once",
                    $"$.otherCause[{i}]", value: DiagnosticValues.Of(input.OtherCause[i], LupusJsonContext.Default.Classification2019Criterion)));
            }
        }

        if (input.AnaTiterDenominator is null && input.AnaEquivalentTestPositive is null)
        {
            diagnostics.Add(EvaluationDiagnostic.Warning(
                LupusDiagnosticCodes.ClassificationAnaMissing,
                "no ANA result is given ('anaTiterDenominator' or 'anaEquivalentTestPositive'), so the entry criterion is not met",
                "$"));
        }

        return diagnostics;
    }

    /// <inheritdoc/>
    protected override Classification2019Result ComputeCore(Classification2019Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImmutableArray<Classification2019Criterion> otherCause = [.. input.OtherCause.Distinct()];
        if (!Classification2019Criteria.MeetsEntryCriterion(input.AnaTiterDenominator, input.AnaEquivalentTestPositive))
        {
            return new Classification2019Result
            {
                Classified = false,
                DecidingRule = Classification2019Rule.EntryCriterionNotMet,
                EntryCriterionMet = false,
                ClinicalCriterionCounted = false,
                OtherCause = otherCause,
            };
        }

        var present = input.Criteria.Distinct().ToHashSet();
        var domains = ImmutableArray.CreateBuilder<Classification2019DomainScore>();
        foreach (var domain in Classification2019Criteria.Domains)
        {
            // Highest weight first; on a tie the first criterion in the paper's order counts.
            var inDomain = Classification2019Criteria.All
                .Where(c => present.Contains(c) && Classification2019Criteria.Domain(c) == domain)
                .OrderByDescending(Classification2019Criteria.Weight)
                .ThenBy(c => c)
                .ToList();
            if (inDomain.Count == 0)
            {
                continue;
            }

            domains.Add(new Classification2019DomainScore
            {
                Domain = domain,
                Clinical = Classification2019Criteria.IsClinical(domain),
                Counted = inDomain[0],
                Weight = Classification2019Criteria.Weight(inDomain[0]),
                NotCounted = [.. inDomain.Skip(1).Order()],
            });
        }

        var total = domains.Sum(d => d.Weight);
        var clinical = domains.Any(d => d.Clinical);
        var rule = !clinical ? Classification2019Rule.NoClinicalCriterion
            : total < Classification2019Criteria.ClassificationThreshold ? Classification2019Rule.BelowThreshold
            : Classification2019Rule.Classified;
        return new Classification2019Result
        {
            Classified = rule == Classification2019Rule.Classified,
            DecidingRule = rule,
            EntryCriterionMet = true,
            TotalPoints = total,
            ClinicalCriterionCounted = clinical,
            Domains = domains.ToImmutable(),
            OtherCause = otherCause,
        };
    }

    private static HashSet<Classification2019Criterion> CheckList(ImmutableArray<Classification2019Criterion> criteria, string path, List<EvaluationDiagnostic> diagnostics)
    {
        var seen = new HashSet<Classification2019Criterion>();
        for (var i = 0; i < criteria.Length; i++)
        {
            if (!Enum.IsDefined(criteria[i]))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.ClassificationCriterionUndefined, "the criterion is not one of the 21 criteria of the 2019 EULAR/ACR classification criteria", $"{path}[{i}]", value: DiagnosticValues.Of(criteria[i], LupusJsonContext.Default.Classification2019Criterion)));
            }
            else if (!seen.Add(criteria[i]))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.ClassificationCriterionDuplicated, "the criterion is listed more than once; list each criterion once", $"{path}[{i}]", value: DiagnosticValues.Of(criteria[i], LupusJsonContext.Default.Classification2019Criterion)));
            }
        }

        return seen;
    }
}
