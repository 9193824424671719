using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A dosing regimen: <see cref="Dose"/> given <see cref="Administrations"/> times every <see cref="IntervalDays"/>
/// days. Examples: hydroxychloroquine 200 mg twice daily (200 mg, 2, 1); belimumab 10 mg/kg every 4 weeks
/// (10 mg/kg, 1, 28); rituximab 1 g twice, two weeks apart (1 g, 1, 14, total 2).
/// </summary>
/// <remarks>
/// In JSON, <c>administrations</c> and <c>intervalDays</c> may be omitted and then default to 1, as in C#. (The
/// defaults live in the constructor because the source-generated serializer honours constructor-parameter defaults
/// but not property initializers.)
/// </remarks>
[DebuggerDisplay("{Dose} x{Administrations} every {IntervalDays} d")]
public sealed record DoseRegimen
{
    /// <summary>Creates a regimen.</summary>
    /// <param name="dose">The dose given at each administration.</param>
    /// <param name="administrations">How many administrations fall in each interval; validation requires 1 to 24.</param>
    /// <param name="intervalDays">The interval length in days; validation requires 1 to 366.</param>
    /// <param name="totalAdministrations">The total number of administrations of a fixed course, or <see langword="null"/>.</param>
    [JsonConstructor]
    public DoseRegimen(Dose dose, int administrations = 1, int intervalDays = 1, int? totalAdministrations = null)
    {
        Dose = dose;
        Administrations = administrations;
        IntervalDays = intervalDays;
        TotalAdministrations = totalAdministrations;
    }

    /// <summary>Gets the dose given at each administration.</summary>
    public Dose Dose { get; init; }

    /// <summary>Gets how many administrations fall in each interval.</summary>
    /// <value>Defaults to 1; validation requires 1 to 24.</value>
    public int Administrations { get; init; }

    /// <summary>Gets the interval length in days.</summary>
    /// <value>Defaults to 1 (daily); validation requires 1 to 366.</value>
    public int IntervalDays { get; init; }

    /// <summary>Gets the total number of administrations of a fixed course (for example 6 Euro-Lupus cyclophosphamide pulses).</summary>
    /// <value><see langword="null"/> for an open-ended regimen.</value>
    public int? TotalAdministrations { get; init; }

    /// <summary>
    /// Returns the average daily dose: <c>Dose × Administrations ÷ IntervalDays</c>, in the dose's own unit. For
    /// example 400 mg and 200 mg on alternate days is entered as 600 mg every 2 days and averages 300 mg/day. A method,
    /// not a property, because it can fail for an invalid regimen and is derived data that the JSON contract never carries.
    /// </summary>
    /// <returns>The average daily dose.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Administrations"/> or <see cref="IntervalDays"/> is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The average is not a valid dose (for example above the dose ceiling).</exception>
    public Dose AverageDailyDose()
    {
        if (Administrations <= 0 || IntervalDays <= 0)
        {
            throw new InvalidOperationException(
                $"A regimen needs positive administrations and interval days; got {Administrations} every {IntervalDays} days.");
        }

        return Dose.Create(AverageValue(), Dose.Unit);
    }

    /// <summary>
    /// Tries to compute <see cref="AverageDailyDose"/>: fails, instead of throwing, when <see cref="Administrations"/> or
    /// <see cref="IntervalDays"/> is not positive or the average is not a valid dose (for example above the dose ceiling).
    /// </summary>
    /// <param name="average">The average daily dose, when it exists.</param>
    /// <returns><see langword="true"/> when the regimen has a valid average daily dose.</returns>
    public bool TryGetAverageDailyDose(out Dose average)
    {
        if (Administrations <= 0 || IntervalDays <= 0)
        {
            average = default;
            return false;
        }

        return Dose.TryCreate(AverageValue(), Dose.Unit, out average);
    }

    // Once a day (the usual regimen) the average is the dose itself: x * 1 / 1 keeps x's value and scale in decimal
    // arithmetic, so skipping the division returns exactly what it would.
    private decimal AverageValue() =>
        Administrations == 1 && IntervalDays == 1 ? Dose.Value : Dose.Value * Administrations / IntervalDays;

    /// <summary>Creates a once-daily regimen.</summary>
    /// <param name="dose">The daily dose.</param>
    /// <returns>The regimen.</returns>
    public static DoseRegimen Daily(Dose dose) => new(dose);
}
