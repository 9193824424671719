using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Disease heterogeneity (seed claim L3): is the activity that persists confined to one organ system while the others
/// are quiet? Looks at the latest SLEDAI-2K visit whose total is above the selected LLDAS limit, 4 by default (Franklyn
/// K et al. Ann Rheum Dis 2016;75(9):1615-21, doi:10.1136/annrheumdis-2015-207726; that limit as the activity trigger is
/// the library's choice, shared with <c>sle.biomarkers</c>: <see cref="BiomarkerEvaluator.ActivityLimit"/>) and groups its clinical descriptors by organ
/// system (serology is not an organ). Confinement to one system points to the organ-specific recommendations of
/// EULAR 2023 (Fanouriakis A et al. Ann Rheum Dis 2024;83(1):15-29, doi:10.1136/ard-2023-224762). "Confined" is this
/// library's operationalisation of the seed claim, graded as expert opinion.
/// </summary>
internal sealed class OrganConfinedActivityEvaluator() : LupusEvaluator(
    "sle.organ-confined-activity",
    "Activity confined to one organ system",
    [LupusMechanisms.OrganConfinedActivity],
    [LupusSources.FranklynLldas, LupusSources.Eular2023])
{
    internal static readonly RuleId Confined = RuleId.Create("sle.heterogeneity.single-organ-system");
    private static readonly RuleId Spread = RuleId.Create("sle.heterogeneity.several-organ-systems");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var limit = BiomarkerEvaluator.ActivityLimit(context);
        // The latest active scored visit (by date, then by position on the profile); a visit that cannot be scored is
        // left out (the refractory definitions evaluator reports it).
        (Sledai2kVisit Visit, string Path, int Total)? active = null;
        foreach (var entry in ActivityHistory.Of(context))
        {
            if (entry.Total is { } total && entry.Visit.On <= context.AsOf && total > limit)
            {
                active = (entry.Visit, entry.Path, total);
            }
        }

        if (active is not { } found)
        {
            return;
        }

        var systems = found.Visit.Present
            .Where(d => !Sledai2kDescriptors.IsSerological(d))
            .Select(Sledai2kDescriptors.OrganSystem)
            .Distinct()
            .Order()
            .ToImmutableArray();
        if (systems.IsEmpty)
        {
            return;
        }

        var threshold = new AppliedThreshold
        {
            Name = "SLEDAI-2K total (active above the LLDAS limit)",
            Operator = ComparisonOperator.GreaterThan,
            Limit = limit,
            Observed = found.Total,
        };
        var names = string.Join(", ", systems.Select(Name));
        var confined = systems.Length == 1;
        output.Add(new Finding(
            Id,
            LupusMechanisms.OrganConfinedActivity,
            confined ? Confined : Spread,
            confined ? FindingStatus.Supported : FindingStatus.NotSupported,
            confined
                ? $"Activity is confined to one organ system ({names}); therapy chosen for that domain, per the organ-specific EULAR 2023 recommendations, is the question."
                : $"Activity spans {systems.Length} organ systems ({names}), so it is not confined to one domain.",
            EvidenceGrade.ExpertOpinion)
        {
            On = found.Visit.On,
            Facts = [found.Path],
            Thresholds = [threshold],
            Citations = Descriptor.Sources,
        });
    }

    private static string Name(SledaiOrganSystem system) => system switch
    {
        SledaiOrganSystem.Neurological => "neurological",
        SledaiOrganSystem.Vasculitis => "vasculitis",
        SledaiOrganSystem.Musculoskeletal => "musculoskeletal",
        SledaiOrganSystem.Renal => "renal",
        SledaiOrganSystem.Mucocutaneous => "mucocutaneous",
        SledaiOrganSystem.Cardiorespiratory => "cardiorespiratory",
        SledaiOrganSystem.Constitutional => "constitutional",
        SledaiOrganSystem.Haematological => "haematological",
        _ => "serological",
    };
}
