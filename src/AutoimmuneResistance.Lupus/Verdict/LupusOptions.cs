using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The options to consider after a lupus therapy failed or a refractory definition was met, ranked by what the
/// mechanisms imply: the setting's list from <see cref="TreatmentOptionCatalog"/>, laid over the profile (options
/// already tried marked and moved after the untried ones), then moved by the evidence on record.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description>After anti-rituximab antibodies (Md Yusof MY et al. Ann Rheum Dis 2017;76(11):1829-36,
/// doi:10.1136/annrheumdis-2017-211191), <see cref="TreatmentOptionCatalog.AfterAntiRituximabAntibodies"/> ranks first, and
/// rituximab itself is not offered again.</description></item>
/// <item><description>Extra-renal disease with a high type I interferon gene signature moves anifrolumab ahead of
/// belimumab: the pooled TULIP benefit was concentrated in signature-high patients (post hoc; Vital EM et al. Ann Rheum
/// Dis 2022;81(7):951-61, doi:10.1136/annrheumdis-2021-221425), and EULAR 2023 names the two biologics together
/// (Fanouriakis A et al. Ann Rheum Dis 2024;83(1):15-29, doi:10.1136/ard-2023-224762). A BLyS level at or above
/// 2 ng/mL keeps belimumab first (post hoc; Roth DA et al. Lupus 2016;25(4):346-54,
/// doi:10.1177/0961203315604909). Both biomarkers add a note with what the pooled analyses found.</description></item>
/// </list>
/// The ordering is this library's reading of the guidelines and of the cited analyses (expert opinion), not a
/// ranking of efficacy between trials; every option is for a clinician to consider, never an instruction.
/// </remarks>
internal static class LupusOptions
{
    /// <summary>Returns the options for <paramref name="setting"/>, ranked for the patient.</summary>
    /// <param name="context">The evaluation context.</param>
    /// <param name="setting">Lupus nephritis or extra-renal disease.</param>
    /// <param name="antiRituximabAntibodies">Whether anti-rituximab antibodies were detected.</param>
    /// <returns>The options, ranked from 1.</returns>
    public static ImmutableArray<TreatmentOption> For(EvaluationContext context, TreatmentOptionsSetting setting, bool antiRituximabAntibodies) =>
        // The list depends on the patient, the setting and the antibodies only: several failed therapies share it.
        (setting, antiRituximabAntibodies) switch
        {
            (TreatmentOptionsSetting.Renal, false) => context.GetOrAdd(RenalKey, static c => Rank(c, TreatmentOptionsSetting.Renal, false)),
            (TreatmentOptionsSetting.Renal, true) => context.GetOrAdd(RenalAfterAntibodiesKey, static c => Rank(c, TreatmentOptionsSetting.Renal, true)),
            (_, false) => context.GetOrAdd(NonRenalKey, static c => Rank(c, TreatmentOptionsSetting.NonRenal, false)),
            _ => context.GetOrAdd(NonRenalAfterAntibodiesKey, static c => Rank(c, TreatmentOptionsSetting.NonRenal, true)),
        };

    private static readonly EvaluationPropertyKey<ImmutableArray<TreatmentOption>> RenalKey = new("sle.options.renal");
    private static readonly EvaluationPropertyKey<ImmutableArray<TreatmentOption>> RenalAfterAntibodiesKey = new("sle.options.renal.after-anti-rituximab-antibodies");
    private static readonly EvaluationPropertyKey<ImmutableArray<TreatmentOption>> NonRenalKey = new("sle.options.non-renal");
    private static readonly EvaluationPropertyKey<ImmutableArray<TreatmentOption>> NonRenalAfterAntibodiesKey = new("sle.options.non-renal.after-anti-rituximab-antibodies");

    private static ImmutableArray<TreatmentOption> Rank(EvaluationContext context, TreatmentOptionsSetting setting, bool antiRituximabAntibodies)
    {
        var catalog = TreatmentOptionCatalog.For(setting);
        if (antiRituximabAntibodies)
        {
            // Retreating with rituximab is what failed: the humanised antibody replaces the rituximab entries.
            catalog = [TreatmentOptionCatalog.AfterAntiRituximabAntibodies, .. catalog.Where(o => o.Key is not TreatmentOptionCatalog.Rituximab)];
        }

        var laid = OptionsTherapies.Lay(catalog, context, option => Biomarkers(option, setting, context));
        if (setting == TreatmentOptionsSetting.NonRenal && InterferonHigh(context) && !BlysHigh(context))
        {
            laid = AnifrolumabBeforeBelimumab(laid);
        }

        return laid;
    }

    private static ImmutableArray<TreatmentOption> AnifrolumabBeforeBelimumab(ImmutableArray<TreatmentOption> options)
    {
        var belimumab = options.IndexOf(options.FirstOrDefault(o => o.Key == TreatmentOptionCatalog.Belimumab)!);
        var anifrolumab = options.IndexOf(options.FirstOrDefault(o => o.Key == TreatmentOptionCatalog.Anifrolumab)!);
        if (belimumab < 0 || anifrolumab < 0 || anifrolumab < belimumab
            || options[anifrolumab].Has(TreatmentOptionTag.AlreadyTried) != options[belimumab].Has(TreatmentOptionTag.AlreadyTried))
        {
            return options;
        }

        var reordered = options.ToBuilder();
        var moved = reordered[anifrolumab];
        reordered.RemoveAt(anifrolumab);
        reordered.Insert(belimumab, moved);
        for (var i = 0; i < reordered.Count; i++)
        {
            reordered[i] = reordered[i] with { Rank = i + 1 };
        }

        return reordered.ToImmutable();
    }

    private static bool InterferonHigh(EvaluationContext context) =>
        ProfileQueries.Latest<InterferonGeneSignature>(context.Patient, context.AsOf) is { Assessment.High: true };

    private static bool BlysHigh(EvaluationContext context) =>
        ProfileQueries.Latest<BlysLevel>(context.Patient, context.AsOf) is { } blys
        && blys.Assessment.Level.TryConvertTo(QuantityUnit.NanogramPerMilliliter, out var nanograms)
        && nanograms.Value >= BiomarkerEvaluator.BlysThreshold;

    private static (IReadOnlyList<string> Notes, IReadOnlyList<Citation> Citations) Biomarkers(
        TreatmentOption option, TreatmentOptionsSetting setting, EvaluationContext context)
    {
        if (setting != TreatmentOptionsSetting.NonRenal)
        {
            return ([], []);
        }

        if (option.Key == TreatmentOptionCatalog.Belimumab
            && ProfileQueries.Latest<BlysLevel>(context.Patient, context.AsOf) is { } blys
            && blys.Assessment.Level.TryConvertTo(QuantityUnit.NanogramPerMilliliter, out var nanograms))
        {
            var blysHigh = nanograms.Value >= BiomarkerEvaluator.BlysThreshold;
            var note = string.Create(CultureInfo.InvariantCulture, $"BLyS {Decimals.Normalize(nanograms.Value)} ng/mL on {blys.Assessment.On:O} ({blys.Path}): ") +
                (blysHigh
                    ? "in the pooled BLISS trials belimumab's advantage over placebo was largest at 2 ng/mL or more (post hoc; Roth 2016)."
                    : "below 2 ng/mL belimumab still beat placebo in the pooled BLISS trials, by a smaller margin (post hoc; Roth 2016).");
            return ([note], [LupusSources.RothBlys]);
        }

        if (option.Key == TreatmentOptionCatalog.Anifrolumab
            && ProfileQueries.Latest<InterferonGeneSignature>(context.Patient, context.AsOf) is { } signature)
        {
            var note = string.Create(CultureInfo.InvariantCulture, $"Type I interferon gene signature {(signature.Assessment.High ? "high" : "low")} on {signature.Assessment.On:O} ({signature.Path}): ") +
                (signature.Assessment.High
                    ? "anifrolumab's pooled TULIP benefit was concentrated in signature-high patients (BICLA +18.2 % versus placebo; post hoc, Vital 2022)."
                    : "in signature-low patients anifrolumab's pooled TULIP benefit was smaller and not significant (BICLA +9.3 %; post hoc, Vital 2022).");
            return ([note], [LupusSources.VitalTulip]);
        }

        return ([], []);
    }
}
