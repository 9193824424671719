using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Autoantibody–phenotype associations in systemic sclerosis (instrument <c>ssc.autoantibody-phenotype</c>):
/// informational flags, not scores (project clinical reference section 12.4; confidence medium-high, well replicated).
/// </summary>
/// <remarks>
/// Anti-topoisomerase I: diffuse cutaneous SSc, ILD and ILD progression, early organ involvement (Ho KT, Reveille JD.
/// Arthritis Res Ther 2003;5:80-93, doi:10.1186/ar628). Anti-RNA polymerase III: diffuse SSc with rapid skin
/// progression, renal crisis, malignancy near onset, GAVE (review PMC4299717). Anti-centromere: limited cutaneous
/// SSc/CREST, PAH, digital vasculopathy, lower ILD risk (same sources, secondary).
/// </remarks>
public sealed class AutoantibodyPhenotypeInstrument : ClinicalInstrument<AutoantibodyPhenotypeInput, AutoantibodyPhenotypeResult>
{
    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = SystemicSclerosisIds.AutoantibodyPhenotype,
        Title = "Autoantibody–phenotype associations in systemic sclerosis (informational)",
        Version = "1.0.0",
        Sources = [SscCitations.HoReveille2003, SscCitations.RnaPolymeraseReview],
        Documentation = "docs/instruments/ssc.autoantibody-phenotype.md",
    };

    /// <summary>Returns the flag of one autoantibody.</summary>
    /// <param name="autoantibody">The autoantibody.</param>
    /// <returns>Its flag.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The autoantibody is not defined.</exception>
    public static AutoantibodyPhenotypeFlag FlagOf(SscAutoantibody autoantibody) => autoantibody switch
    {
        SscAutoantibody.AntiTopoisomeraseI => new AutoantibodyPhenotypeFlag
        {
            Autoantibody = autoantibody,
            Associations = [SscPhenotype.DiffuseCutaneous, SscPhenotype.InterstitialLungDisease, SscPhenotype.EarlyOrganInvolvement],
            Summary = "Anti-topoisomerase I (anti-Scl-70) is typically associated with diffuse cutaneous disease, interstitial lung disease and its progression, and early organ involvement.",
            Sources = [SscCitations.HoReveille2003],
        },
        SscAutoantibody.AntiRnaPolymeraseIII => new AutoantibodyPhenotypeFlag
        {
            Autoantibody = autoantibody,
            Associations = [SscPhenotype.DiffuseCutaneous, SscPhenotype.RapidSkinProgression, SscPhenotype.RenalCrisis, SscPhenotype.MalignancyNearOnset, SscPhenotype.GastricAntralVascularEctasia],
            Summary = "Anti-RNA polymerase III is typically associated with diffuse disease with rapid skin progression, scleroderma renal crisis, malignancy close to disease onset, and gastric antral vascular ectasia.",
            Sources = [SscCitations.RnaPolymeraseReview, SscCitations.HoReveille2003],
        },
        SscAutoantibody.AntiCentromere => new AutoantibodyPhenotypeFlag
        {
            Autoantibody = autoantibody,
            Associations = [SscPhenotype.LimitedCutaneous, SscPhenotype.PulmonaryArterialHypertension, SscPhenotype.DigitalVasculopathy, SscPhenotype.LowerIldRisk],
            Summary = "Anti-centromere is typically associated with limited cutaneous disease (CREST), pulmonary arterial hypertension and digital vasculopathy, and a lower risk of interstitial lung disease.",
            Sources = [SscCitations.HoReveille2003],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(autoantibody), "The autoantibody is not one of the three with listed associations."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<EvaluationDiagnostic> Validate(AutoantibodyPhenotypeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<EvaluationDiagnostic>();
        var seen = new HashSet<SscAutoantibody>();
        for (var i = 0; i < input.Positive.Length; i++)
        {
            var antibody = input.Positive[i];
            if (!Enum.IsDefined(antibody))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.UndefinedValue, "the autoantibody is not one of anti-topoisomerase I, anti-RNA polymerase III and anti-centromere", $"$.positive[{i}]", value: DiagnosticValues.Of(antibody, SystemicSclerosisJsonContext.Default.SscAutoantibody)));
            }
            else if (!seen.Add(antibody))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.ValueRepeated, "the autoantibody is listed more than once; list each once", $"$.positive[{i}]", value: DiagnosticValues.Of(antibody, SystemicSclerosisJsonContext.Default.SscAutoantibody)));
            }
        }

        return diagnostics;
    }

    /// <inheritdoc/>
    protected override AutoantibodyPhenotypeResult ComputeCore(AutoantibodyPhenotypeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new AutoantibodyPhenotypeResult
        {
            Flags = [.. input.Positive.Where(Enum.IsDefined).Distinct().Order().Select(FlagOf)],
        };
    }
}
