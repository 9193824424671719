using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Systemic sclerosis features of a diagnosis (JSON kind <c>ssc.features</c>): the cutaneous subset and the date of the
/// first non-Raynaud manifestation, from which disease duration is counted (project clinical reference section 12.2);
/// whether interstitial lung disease is established; and the right-heart catheterisations that define pulmonary
/// hypertension (2022 ESC/ERS guidelines, Humbert M, et al. Eur Heart J 2022, doi:10.1093/eurheartj/ehac237).
/// </summary>
public sealed record SscFeatures : DiseaseFeatures
{
    /// <summary>Gets the cutaneous subset.</summary>
    /// <value><see langword="null"/> when not recorded.</value>
    public CutaneousSubset? Subset { get; init; }

    /// <summary>Gets the date of the first manifestation other than Raynaud's phenomenon.</summary>
    /// <value><see langword="null"/> when not recorded.</value>
    public DateOnly? FirstNonRaynaudManifestation { get; init; }

    /// <summary>Gets whether interstitial lung disease is present, as shown on high-resolution CT.</summary>
    /// <value>
    /// <see langword="true"/> when present, <see langword="false"/> when HRCT showed none, <see langword="null"/> when not
    /// recorded. Lung function alone does not establish it (a low FVC has other causes).
    /// </value>
    public bool? InterstitialLungDisease { get; init; }

    /// <summary>
    /// Gets whether intestinal inflammation is shown by a faecal calprotectin above the laboratory's reference limit, which
    /// in SSc was associated with lower mycophenolic acid exposure on mycophenolate mofetil (Andréasson K, et al.
    /// Arthritis Res Ther 2020;22(1):230, doi:10.1186/s13075-020-02323-8).
    /// </summary>
    /// <value><see langword="true"/> when raised, <see langword="false"/> when within the reference limit, <see langword="null"/> when not recorded.</value>
    public bool? FaecalCalprotectinRaised { get; init; }

    /// <summary>Gets the right-heart catheterisations at rest, in any order.</summary>
    /// <value><see langword="null"/> when none is recorded (so a profile without them is written as before); never a default array.</value>
    public ImmutableArray<SscRightHeartCatheterisation>? RightHeartCatheterisations { get; init => field = value is { IsDefault: true } ? [] : value; }
}

/// <summary>
/// One right-heart catheterisation at rest: the mean pulmonary arterial pressure that defines pulmonary hypertension
/// (above 20 mmHg in the 2022 ESC/ERS guidelines; at least 25 mmHg in the 2015 ones).
/// </summary>
public sealed record SscRightHeartCatheterisation
{
    /// <summary>Gets the date of the catheterisation.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the mean pulmonary arterial pressure at rest, in <c>mm[Hg]</c>.</summary>
    public required Quantity MeanPulmonaryArterialPressure { get; init; }
}
