using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Final weights, domains and thresholds of the 2019 EULAR/ACR classification criteria for SLE. Source: Aringer M,
/// Costenbader K, Daikh D, et al. Ann Rheum Dis 2019;78(9):1151-9, doi:10.1136/annrheumdis-2018-214819 (simultaneously
/// Arthritis Rheumatol 2019;71(9):1400-12, doi:10.1002/art.40930); weights as tabulated in the project's clinical
/// reference section 3.2 (final weights only, not the provisional MCDA weights: discrepancy register item 10).
/// </summary>
public static class Classification2019Criteria
{
    /// <summary>The lowest ANA titre denominator (HEp-2 indirect immunofluorescence) that meets the entry criterion, 80 (1:80).</summary>
    public const int EntryAnaTiterDenominator = 80;

    /// <summary>The lowest total that classifies (with at least one clinical criterion), 10 points.</summary>
    public const int ClassificationThreshold = 10;

    /// <summary>The highest possible total, 51 (the sum of the domain maxima 2+4+5+6+6+6+10+2+4+6).</summary>
    public const int MaxTotal = 51;

    /// <summary>Gets every criterion in the paper's order.</summary>
    public static ImmutableArray<Classification2019Criterion> All { get; } = [.. Enum.GetValues<Classification2019Criterion>()];

    /// <summary>Gets every domain in the paper's order.</summary>
    public static ImmutableArray<Classification2019Domain> Domains { get; } = [.. Enum.GetValues<Classification2019Domain>()];

    /// <summary>Returns a criterion's final weight.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>2 to 10.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is not a defined member.</exception>
    public static int Weight(Classification2019Criterion criterion) => criterion switch
    {
        Classification2019Criterion.Fever => 2,
        Classification2019Criterion.Leukopenia => 3,
        Classification2019Criterion.Thrombocytopenia => 4,
        Classification2019Criterion.AutoimmuneHemolysis => 4,
        Classification2019Criterion.Delirium => 2,
        Classification2019Criterion.Psychosis => 3,
        Classification2019Criterion.Seizure => 5,
        Classification2019Criterion.NonScarringAlopecia => 2,
        Classification2019Criterion.OralUlcers => 2,
        Classification2019Criterion.SubacuteCutaneousOrDiscoidLupus => 4,
        Classification2019Criterion.AcuteCutaneousLupus => 6,
        Classification2019Criterion.PleuralOrPericardialEffusion => 5,
        Classification2019Criterion.AcutePericarditis => 6,
        Classification2019Criterion.JointInvolvement => 6,
        Classification2019Criterion.Proteinuria => 4,
        Classification2019Criterion.LupusNephritisClassIIOrV => 8,
        Classification2019Criterion.LupusNephritisClassIIIOrIV => 10,
        Classification2019Criterion.AntiphospholipidAntibodies => 2,
        Classification2019Criterion.LowC3OrLowC4 => 3,
        Classification2019Criterion.LowC3AndLowC4 => 4,
        Classification2019Criterion.AntiDsDnaOrAntiSm => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Expected a defined 2019 EULAR/ACR criterion."),
    };

    /// <summary>Returns the domain a criterion belongs to.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The domain.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is not a defined member.</exception>
    public static Classification2019Domain Domain(Classification2019Criterion criterion) => criterion switch
    {
        Classification2019Criterion.Fever => Classification2019Domain.Constitutional,
        Classification2019Criterion.Leukopenia or Classification2019Criterion.Thrombocytopenia or Classification2019Criterion.AutoimmuneHemolysis => Classification2019Domain.Hematologic,
        Classification2019Criterion.Delirium or Classification2019Criterion.Psychosis or Classification2019Criterion.Seizure => Classification2019Domain.Neuropsychiatric,
        Classification2019Criterion.NonScarringAlopecia or Classification2019Criterion.OralUlcers or Classification2019Criterion.SubacuteCutaneousOrDiscoidLupus
            or Classification2019Criterion.AcuteCutaneousLupus => Classification2019Domain.Mucocutaneous,
        Classification2019Criterion.PleuralOrPericardialEffusion or Classification2019Criterion.AcutePericarditis => Classification2019Domain.Serosal,
        Classification2019Criterion.JointInvolvement => Classification2019Domain.Musculoskeletal,
        Classification2019Criterion.Proteinuria or Classification2019Criterion.LupusNephritisClassIIOrV or Classification2019Criterion.LupusNephritisClassIIIOrIV => Classification2019Domain.Renal,
        Classification2019Criterion.AntiphospholipidAntibodies => Classification2019Domain.AntiphospholipidAntibodies,
        Classification2019Criterion.LowC3OrLowC4 or Classification2019Criterion.LowC3AndLowC4 => Classification2019Domain.ComplementProteins,
        Classification2019Criterion.AntiDsDnaOrAntiSm => Classification2019Domain.SleSpecificAntibodies,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Expected a defined 2019 EULAR/ACR criterion."),
    };

    /// <summary>Returns whether a domain is clinical (the 7 first) rather than immunological (the 3 last).</summary>
    /// <param name="domain">The domain.</param>
    /// <returns><see langword="true"/> for constitutional, haematological, neuropsychiatric, mucocutaneous, serosal, musculoskeletal and renal.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="domain"/> is not a defined member.</exception>
    public static bool IsClinical(Classification2019Domain domain) => domain switch
    {
        Classification2019Domain.Constitutional or Classification2019Domain.Hematologic or Classification2019Domain.Neuropsychiatric
            or Classification2019Domain.Mucocutaneous or Classification2019Domain.Serosal or Classification2019Domain.Musculoskeletal
            or Classification2019Domain.Renal => true,
        Classification2019Domain.AntiphospholipidAntibodies or Classification2019Domain.ComplementProteins or Classification2019Domain.SleSpecificAntibodies => false,
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, "Expected a defined 2019 EULAR/ACR domain."),
    };

    /// <summary>Returns a domain's maximum (the weight of its highest-weighted criterion).</summary>
    /// <param name="domain">The domain.</param>
    /// <returns>2 to 10.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="domain"/> is not a defined member.</exception>
    public static int DomainMaximum(Classification2019Domain domain) =>
        Enum.IsDefined(domain)
            ? All.Where(c => Domain(c) == domain).Max(Weight)
            : throw new ArgumentOutOfRangeException(nameof(domain), domain, "Expected a defined 2019 EULAR/ACR domain.");

    /// <summary>Returns whether an ANA result meets the entry criterion: a HEp-2 titre of at least 1:80, or an equivalent positive test.</summary>
    /// <param name="anaTiterDenominator">The highest HEp-2 titre ever, as its denominator (80 for 1:80); <see langword="null"/> when none.</param>
    /// <param name="equivalentTestPositive">Whether an equivalent test was ever positive; <see langword="null"/> when none was done.</param>
    /// <returns><see langword="true"/> when <c>anaTiterDenominator &gt;= 80</c> or <paramref name="equivalentTestPositive"/> is <see langword="true"/>.</returns>
    public static bool MeetsEntryCriterion(int? anaTiterDenominator, bool? equivalentTestPositive) =>
        anaTiterDenominator >= EntryAnaTiterDenominator || equivalentTestPositive == true;
}
