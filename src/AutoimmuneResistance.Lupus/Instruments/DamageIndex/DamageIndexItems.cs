using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Scores, organ systems and timing rules of the SLICC/ACR Damage Index items. Source: Gladman D, Ginzler E, Goldsmith
/// C, et al. The development and initial validation of the Systemic Lupus International Collaborating Clinics/American
/// College of Rheumatology damage index for systemic lupus erythematosus. Arthritis Rheum 1996;39(3):363-9,
/// doi:10.1002/art.1780390303; item list and weights as reproduced by the PhenX Toolkit (protocol 171001) and
/// tabulated in the project's clinical reference section 2.1 (41 items, 12 organ systems, maximum 47 including
/// osteomyelitis and ruptured tendons).
/// </summary>
/// <remarks>
/// Timing (clinical reference section 2.2): damage is a non-reversible change present for at least
/// <see cref="PersistenceMonths"/> months unless the item says otherwise; "ever" items (<see cref="IsEver(DamageItem)"/>)
/// count once they have happened; items worded "for 6 months" use the same 6 months, and skin ulceration uses the
/// operator of <see cref="DamageIndexDefinitions.SkinUlcerationOperator"/>. Damage counts regardless of its cause.
/// </remarks>
public static class DamageIndexItems
{
    /// <summary>The highest possible total, 47 (the sum of the organ-system maxima 2+6+3+5+6+5+6+7+3+1+1+2).</summary>
    public const int MaxTotal = 47;

    /// <summary>The number of items, 41.</summary>
    public const int ItemCount = 41;

    /// <summary>The months a change must have been present to count as damage, 6, unless the item is an "ever" item.</summary>
    public const int PersistenceMonths = 6;

    /// <summary>The highest score any item can reach for repeat events or sites, 2.</summary>
    public const int MaxRepeatPoints = 2;

    /// <summary>Gets every item in the form's order.</summary>
    public static ImmutableArray<DamageItem> All { get; } = [.. Enum.GetValues<DamageItem>()];

    /// <summary>Gets every organ system in the form's order.</summary>
    public static ImmutableArray<DamageOrganSystem> OrganSystems { get; } = [.. Enum.GetValues<DamageOrganSystem>()];

    /// <summary>Returns the organ system an item belongs to.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The organ system.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not a defined member.</exception>
    public static DamageOrganSystem OrganSystem(DamageItem item) => item switch
    {
        DamageItem.Cataract or DamageItem.RetinalChangeOrOpticAtrophy => DamageOrganSystem.Ocular,
        DamageItem.CognitiveImpairmentOrMajorPsychosis or DamageItem.SeizuresRequiringTherapy or DamageItem.CerebrovascularAccident
            or DamageItem.CranialOrPeripheralNeuropathy or DamageItem.TransverseMyelitis => DamageOrganSystem.Neuropsychiatric,
        DamageItem.GfrBelow50Percent or DamageItem.ProteinuriaAtLeast3Point5GramsPerDay or DamageItem.EndStageRenalDisease => DamageOrganSystem.Renal,
        DamageItem.PulmonaryHypertension or DamageItem.PulmonaryFibrosis or DamageItem.ShrinkingLung or DamageItem.PleuralFibrosis
            or DamageItem.PulmonaryInfarction => DamageOrganSystem.Pulmonary,
        DamageItem.AnginaOrCoronaryBypass or DamageItem.MyocardialInfarction or DamageItem.Cardiomyopathy or DamageItem.ValvularDisease
            or DamageItem.PericarditisOrPericardiectomy => DamageOrganSystem.Cardiovascular,
        DamageItem.Claudication or DamageItem.MinorTissueLoss or DamageItem.SignificantTissueLoss or DamageItem.VenousThrombosis => DamageOrganSystem.PeripheralVascular,
        DamageItem.InfarctionOrResection or DamageItem.MesentericInsufficiency or DamageItem.ChronicPeritonitis or DamageItem.StrictureOrUpperGiSurgery
            or DamageItem.PancreaticInsufficiency => DamageOrganSystem.Gastrointestinal,
        DamageItem.MuscleAtrophyOrWeakness or DamageItem.DeformingOrErosiveArthritis or DamageItem.OsteoporosisWithFracture or DamageItem.AvascularNecrosis
            or DamageItem.Osteomyelitis or DamageItem.RupturedTendons => DamageOrganSystem.Musculoskeletal,
        DamageItem.ScarringChronicAlopecia or DamageItem.ExtensiveScarring or DamageItem.SkinUlceration => DamageOrganSystem.Skin,
        DamageItem.PrematureGonadalFailure => DamageOrganSystem.PrematureGonadalFailure,
        DamageItem.Diabetes => DamageOrganSystem.Diabetes,
        DamageItem.Malignancy => DamageOrganSystem.Malignancy,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Expected a defined SLICC/ACR Damage Index item."),
    };

    /// <summary>Returns the item's score when present once: 3 for end-stage renal disease, 1 for every other item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>1 or 3.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not a defined member.</exception>
    public static int Score(DamageItem item) => item switch
    {
        DamageItem.EndStageRenalDisease => 3,
        _ when Enum.IsDefined(item) => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Expected a defined SLICC/ACR Damage Index item."),
    };

    /// <summary>Returns the item's highest score: 2 for items that score 2 for repeats or sites, 3 for end-stage renal disease, 1 otherwise.</summary>
    /// <param name="item">The item.</param>
    /// <returns>1, 2 or 3.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not a defined member.</exception>
    public static int MaxScore(DamageItem item) => RepeatKind(item) == DamageRepeatKind.None ? Score(item) : MaxRepeatPoints;

    /// <summary>Returns whether and how the item scores 2.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The repeat kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not a defined member.</exception>
    public static DamageRepeatKind RepeatKind(DamageItem item) => item switch
    {
        DamageItem.CerebrovascularAccident or DamageItem.MyocardialInfarction or DamageItem.AvascularNecrosis => DamageRepeatKind.Episodes,
        DamageItem.SignificantTissueLoss or DamageItem.InfarctionOrResection or DamageItem.Malignancy => DamageRepeatKind.Sites,
        _ when Enum.IsDefined(item) => DamageRepeatKind.None,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Expected a defined SLICC/ACR Damage Index item."),
    };

    /// <summary>
    /// Returns whether the item is an "ever" item that counts once it has happened, without the 6-month persistence
    /// requirement: cataract, cerebrovascular accident, myocardial infarction, significant tissue loss, bowel or organ
    /// infarction or resection, and stricture or upper GI surgery (clinical reference section 2.2, read from the item wording).
    /// </summary>
    /// <param name="item">The item.</param>
    /// <returns><see langword="true"/> for the six "ever" items.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not a defined member.</exception>
    public static bool IsEver(DamageItem item) => item switch
    {
        DamageItem.Cataract or DamageItem.CerebrovascularAccident or DamageItem.MyocardialInfarction or DamageItem.SignificantTissueLoss
            or DamageItem.InfarctionOrResection or DamageItem.StrictureOrUpperGiSurgery => true,
        _ when Enum.IsDefined(item) => false,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Expected a defined SLICC/ACR Damage Index item."),
    };

    /// <summary>
    /// Returns whether the item has a procedure alternative that counts once done, without the persistence requirement:
    /// coronary artery bypass (angina or coronary artery bypass) and pericardiectomy (pericarditis for 6 months or
    /// pericardiectomy). Upper GI surgery needs no flag: its item is an "ever" item.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <returns><see langword="true"/> for the two items with a procedure alternative.</returns>
    public static bool HasProcedureAlternative(DamageItem item) =>
        item is DamageItem.AnginaOrCoronaryBypass or DamageItem.PericarditisOrPericardiectomy;

    /// <summary>Returns the highest score of an organ system.</summary>
    /// <param name="system">The organ system.</param>
    /// <returns>2, 6, 3, 5, 6, 5, 6, 7, 3, 1, 1 or 2 in the form's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="system"/> is not a defined member.</exception>
    public static int OrganSystemMaximum(DamageOrganSystem system) => system switch
    {
        DamageOrganSystem.Ocular => 2,
        DamageOrganSystem.Neuropsychiatric => 6,
        DamageOrganSystem.Renal => 3,
        DamageOrganSystem.Pulmonary => 5,
        DamageOrganSystem.Cardiovascular => 6,
        DamageOrganSystem.PeripheralVascular => 5,
        DamageOrganSystem.Gastrointestinal => 6,
        DamageOrganSystem.Musculoskeletal => 7,
        DamageOrganSystem.Skin => 3,
        DamageOrganSystem.PrematureGonadalFailure => 1,
        DamageOrganSystem.Diabetes => 1,
        DamageOrganSystem.Malignancy => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, "Expected a defined SLICC/ACR Damage Index organ system."),
    };
}
