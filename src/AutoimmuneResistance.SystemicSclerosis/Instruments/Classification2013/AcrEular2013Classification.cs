using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The 2013 ACR/EULAR classification criteria for systemic sclerosis (instrument <c>ssc.acr-eular-2013-classification</c>).
/// Research classification, not diagnosis.
/// </summary>
/// <remarks>
/// <para>
/// Source: van den Hoogen F, Khanna D, Fransen J, et al. 2013 classification criteria for systemic sclerosis: an
/// American College of Rheumatology/European League Against Rheumatism collaborative initiative. Ann Rheum Dis
/// 2013;72(11):1747-55, doi:10.1136/annrheumdis-2013-204424 (Table 1, read for this implementation); simultaneously
/// Arthritis Rheum 2013;65(11):2737-47, doi:10.1002/art.38098. Project clinical reference section 6.
/// </para>
/// <para>
/// Rules: (1) not applicable to skin thickening sparing the fingers, or (2) when a scleroderma-like disorder better
/// explains the manifestations; (3) the total is the sum of the highest weight in each category (the sufficient
/// criterion is its own category, weight 9, as the clinical reference decides; classification is the same either way);
/// (4) a total of ≥ 9 classifies as definite SSc.
/// </para>
/// </remarks>
public sealed class AcrEular2013Classification : ClinicalInstrument<Classification2013Input, Classification2013Result>
{
    private static readonly ImmutableArray<Citation> Citations = [SscCitations.VanDenHoogen2013AnnRheumDis, SscCitations.VanDenHoogen2013ArthritisRheum];

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = SystemicSclerosisIds.Classification2013,
        Title = "2013 ACR/EULAR classification criteria for systemic sclerosis",
        Version = "1.0.0",
        Sources = Citations,
        Documentation = "docs/instruments/ssc.acr-eular-2013-classification.md",
    };

    /// <inheritdoc/>
    public override IReadOnlyList<EvaluationDiagnostic> Validate(Classification2013Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<EvaluationDiagnostic>();
        var seen = new HashSet<Classification2013Item>();
        for (var i = 0; i < input.Items.Length; i++)
        {
            var item = input.Items[i];
            var path = $"$.items[{i}]";
            if (!Enum.IsDefined(item))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.UndefinedValue, "the item is not one of the 13 items and sub-items of the 2013 ACR/EULAR criteria", path, value: DiagnosticValues.Of(item, SystemicSclerosisJsonContext.Default.Classification2013Item)));
            }
            else if (!seen.Add(item))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.ValueRepeated, "the item is listed more than once; list each item once", path, value: DiagnosticValues.Of(item, SystemicSclerosisJsonContext.Default.Classification2013Item)));
            }
            else if (input.SkinThickeningSparesFingers && Classification2013Criteria.InvolvesFingerSkin(item))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.ClassificationFingersContradictory, "the item records skin thickening of the fingers, but 'skinThickeningSparesFingers' says the fingers are spared; correct one of them", path, value: DiagnosticValues.Of(item, SystemicSclerosisJsonContext.Default.Classification2013Item)));
            }
        }

        var mimics = new HashSet<SclerodermaMimic>();
        for (var i = 0; i < input.BetterExplainedBy.Length; i++)
        {
            var mimic = input.BetterExplainedBy[i];
            var path = $"$.betterExplainedBy[{i}]";
            if (!Enum.IsDefined(mimic))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.UndefinedValue, "the disorder is not one of the scleroderma-like disorders listed by the 2013 ACR/EULAR criteria (use 'other' for any other)", path, value: DiagnosticValues.Of(mimic, SystemicSclerosisJsonContext.Default.SclerodermaMimic)));
            }
            else if (!mimics.Add(mimic))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.ValueRepeated, "the disorder is listed more than once; list each disorder once", path, value: DiagnosticValues.Of(mimic, SystemicSclerosisJsonContext.Default.SclerodermaMimic)));
            }
        }

        return diagnostics;
    }

    /// <inheritdoc/>
    protected override Classification2013Result ComputeCore(Classification2013Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var present = input.Items.Where(Enum.IsDefined).ToHashSet();
        var sufficient = present.Contains(Classification2013Item.SkinThickeningProximalToMcp);
        if (input.SkinThickeningSparesFingers || !input.BetterExplainedBy.IsEmpty)
        {
            return new Classification2013Result
            {
                Classified = false,
                Applicable = false,
                DecidingRule = input.SkinThickeningSparesFingers ? Classification2013Rule.NotApplicableFingersSpared : Classification2013Rule.NotApplicableBetterExplained,
                SufficientCriterionMet = sufficient,
                Sources = Citations,
            };
        }

        var categories = ImmutableArray.CreateBuilder<Classification2013CategoryScore>();
        foreach (var category in Enum.GetValues<Classification2013Category>())
        {
            var inCategory = Classification2013Criteria.All
                .Where(i => present.Contains(i) && Classification2013Criteria.Category(i) == category)
                .OrderByDescending(Classification2013Criteria.Weight)
                .ThenBy(i => i)
                .ToList();
            if (inCategory.Count == 0)
            {
                continue;
            }

            categories.Add(new Classification2013CategoryScore
            {
                Category = category,
                Counted = inCategory[0],
                Weight = Classification2013Criteria.Weight(inCategory[0]),
                NotCounted = [.. inCategory.Skip(1).Order()],
            });
        }

        var total = categories.Sum(c => c.Weight);
        var classified = total >= Classification2013Criteria.ClassificationThreshold;
        return new Classification2013Result
        {
            Classified = classified,
            Applicable = true,
            DecidingRule = classified ? Classification2013Rule.Classified : Classification2013Rule.BelowThreshold,
            SufficientCriterionMet = sufficient,
            TotalScore = total,
            Categories = categories.ToImmutable(),
            Sources = Citations,
        };
    }
}
