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
/// <para>
/// A criterion in none of the input's lists (met, explained by another cause, absent) is absent, and a missing ANA
/// result does not meet the entry criterion, under the default <see cref="ClassificationDefinitions"/>; under
/// <see cref="ClassificationDefinitions.UnreportedUnknown"/> the unreported criteria are listed, and a record not
/// classified on what it reports is not determinate when it would be classified with them present and, if no ANA
/// result is given, the entry criterion met (the rule is monotone: reported data can only be classified more).
/// </para>
/// </remarks>
public sealed class EularAcr2019Classification : DefinitionSetInstrument<Classification2019Input, Classification2019Result, ClassificationDefinitions>
{
    /// <summary>Creates the instrument with both registered sets (<see cref="ClassificationDefinitions.Default"/> first).</summary>
    public EularAcr2019Classification()
        : this([ClassificationDefinitions.Default, ClassificationDefinitions.UnreportedUnknown])
    {
    }

    /// <summary>Creates the instrument with the sets an input may select by id.</summary>
    /// <param name="definitionSets">The sets; the first is the default.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public EularAcr2019Classification(IEnumerable<ClassificationDefinitions> definitionSets)
        : base(definitionSets, TargetDiagnosticCodes.UnknownDefinitionSet)
    {
    }

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

    private static readonly CriterionLists<Classification2019Criterion> Lists = new(
        (LupusDiagnosticCodes.ClassificationCriterionUndefined, LupusDiagnosticCodes.ClassificationCriterionDuplicated, LupusDiagnosticCodes.ClassificationCriterionContradictory),
        "the criterion is not one of the 21 criteria of the 2019 EULAR/ACR classification criteria",
        "better explained by another cause",
        LupusJsonContext.Default.Classification2019Criterion);

    /// <inheritdoc/>
    protected override void CheckInput(Classification2019Input input, List<EvaluationDiagnostic> diagnostics)
    {
        if (input.AnaTiterDenominator is < 1 or > 1_000_000)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidTiter, "the ANA titre denominator must be between 1 and 1000000 (80 for 1:80)", "$.anaTiterDenominator"));
        }

        Lists.Check(input.Criteria, input.OtherCause, input.Absent, diagnostics);

        if (input.AnaTiterDenominator is null && input.AnaEquivalentTestPositive is null)
        {
            diagnostics.Add(EvaluationDiagnostic.Warning(
                LupusDiagnosticCodes.ClassificationAnaMissing,
                "no ANA result is given ('anaTiterDenominator' or 'anaEquivalentTestPositive'), so the entry criterion is not met",
                "$"));
        }
    }

    /// <inheritdoc/>
    protected override Classification2019Result ComputeCore(Classification2019Input input, ClassificationDefinitions definitions)
    {
        var anaReported = input.AnaTiterDenominator is not null || input.AnaEquivalentTestPositive is not null;
        var present = input.Criteria.Distinct().ToHashSet();
        var reported = Classify(Classification2019Criteria.MeetsEntryCriterion(input.AnaTiterDenominator, input.AnaEquivalentTestPositive), present, input);
        if (definitions.UnreportedCriteria != UnreportedItemReading.Unknown)
        {
            return reported with { AnaReported = anaReported, Definitions = definitions.Id };
        }

        ImmutableArray<Classification2019Criterion> notReported =
            [.. Classification2019Criteria.All.Where(c => !present.Contains(c) && !input.OtherCause.Contains(c) && !input.Absent.Contains(c))];

        // The rule only classifies more as criteria are added or the entry criterion is met, so the best completion
        // (every unreported criterion present, a missing ANA result positive) decides whether the answer could change.
        var determinate = reported.Classified
            || (notReported.IsEmpty && anaReported)
            || !Classify(reported.EntryCriterionMet || !anaReported, [.. present, .. notReported], input).Classified;
        return reported with { Determinate = determinate, NotReported = notReported, AnaReported = anaReported, Definitions = definitions.Id };
    }

    private static Classification2019Result Classify(bool entryCriterionMet, HashSet<Classification2019Criterion> present, Classification2019Input input)
    {
        ImmutableArray<Classification2019Criterion> otherCause = [.. input.OtherCause.Distinct()];
        if (!entryCriterionMet)
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
}
