using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The weights and categories of the 2013 ACR/EULAR classification criteria for systemic sclerosis (van den Hoogen F,
/// et al. Ann Rheum Dis 2013;72(11):1747-55, doi:10.1136/annrheumdis-2013-204424, Table 1; simultaneously Arthritis
/// Rheum 2013;65(11):2737-47, doi:10.1002/art.38098; project clinical reference section 6, read again in the ARD
/// table for this implementation): the total is the sum of the highest weight in each category, and a total of ≥ 9
/// classifies as definite SSc.
/// </summary>
public static class Classification2013Criteria
{
    /// <summary>The classification threshold: a total of at least 9 points.</summary>
    public const int ClassificationThreshold = 9;

    /// <summary>The largest possible total with the sufficient criterion counted as its own category: 9 + 4 + 3 + 2 + 2 + 2 + 3 + 3 = 28.</summary>
    public const int MaximumTotal = 28;

    /// <summary>Gets every item, in the paper's order.</summary>
    public static ImmutableArray<Classification2013Item> All { get; } = [.. Enum.GetValues<Classification2013Item>()];

    /// <summary>Returns an item's weight.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The item is not defined.</exception>
    public static int Weight(Classification2013Item item) => item switch
    {
        Classification2013Item.SkinThickeningProximalToMcp => 9,
        Classification2013Item.PuffyFingers => 2,
        Classification2013Item.Sclerodactyly => 4,
        Classification2013Item.DigitalTipUlcers => 2,
        Classification2013Item.FingertipPittingScars => 3,
        Classification2013Item.Telangiectasia => 2,
        Classification2013Item.AbnormalNailfoldCapillaries => 2,
        Classification2013Item.PulmonaryArterialHypertension => 2,
        Classification2013Item.InterstitialLungDisease => 2,
        Classification2013Item.RaynaudPhenomenon => 3,
        Classification2013Item.AntiCentromere or Classification2013Item.AntiTopoisomeraseI or Classification2013Item.AntiRnaPolymeraseIII => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(item), "The item is not one of the 2013 ACR/EULAR criteria."),
    };

    /// <summary>Returns an item's category.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its category.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The item is not defined.</exception>
    public static Classification2013Category Category(Classification2013Item item) => item switch
    {
        Classification2013Item.SkinThickeningProximalToMcp => Classification2013Category.SufficientCriterion,
        Classification2013Item.PuffyFingers or Classification2013Item.Sclerodactyly => Classification2013Category.FingerSkinThickening,
        Classification2013Item.DigitalTipUlcers or Classification2013Item.FingertipPittingScars => Classification2013Category.FingertipLesions,
        Classification2013Item.Telangiectasia => Classification2013Category.Telangiectasia,
        Classification2013Item.AbnormalNailfoldCapillaries => Classification2013Category.AbnormalNailfoldCapillaries,
        Classification2013Item.PulmonaryArterialHypertension or Classification2013Item.InterstitialLungDisease => Classification2013Category.PahOrIld,
        Classification2013Item.RaynaudPhenomenon => Classification2013Category.RaynaudPhenomenon,
        Classification2013Item.AntiCentromere or Classification2013Item.AntiTopoisomeraseI or Classification2013Item.AntiRnaPolymeraseIII => Classification2013Category.SscAutoantibodies,
        _ => throw new ArgumentOutOfRangeException(nameof(item), "The item is not one of the 2013 ACR/EULAR criteria."),
    };

    /// <summary>Returns whether an item records skin thickening of the fingers (which contradicts skin thickening sparing the fingers).</summary>
    /// <param name="item">The item.</param>
    /// <returns><see langword="true"/> for the sufficient criterion, puffy fingers and sclerodactyly.</returns>
    public static bool InvolvesFingerSkin(Classification2013Item item) =>
        item is Classification2013Item.SkinThickeningProximalToMcp or Classification2013Item.PuffyFingers or Classification2013Item.Sclerodactyly;
}
