using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// One SLEDAI-2K assessment (JSON kind <c>sle.sledai-2k</c>): which descriptors were present in the scoring window
/// and attributed to lupus, and which were present but attributed to another cause (those are recorded, never
/// scored). Used both on a profile (as an <see cref="InstrumentAssessment"/>) and as the instrument's JSON input.
/// </summary>
/// <remarks>
/// Source: Gladman DD, Ibañez D, Urowitz MB. J Rheumatol 2002;29(2):288-91 (PMID 11838846). The window is 10 days by
/// the original convention; Touma Z et al. Lupus 2010;19(1):49-51 (doi:10.1177/0961203309346505) validated 30 days.
/// </remarks>
public sealed record Sledai2kVisit : InstrumentAssessment
{
    /// <summary>Gets the descriptors present in the window and attributed to lupus; each is scored.</summary>
    public ImmutableArray<Sledai2kDescriptor> Present { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the descriptors present but attributed to another cause (infection, drugs, ...); recorded, not scored.</summary>
    public ImmutableArray<Sledai2kDescriptor> OtherCause { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the scoring window the assessor used, in days: 10 (original) or 30 (Touma 2010).</summary>
    /// <value><see langword="null"/> when not stated: the selected definition set's window applies.</value>
    public int? WindowDays { get; init; }

    /// <summary>
    /// Gets the descriptors the assessor looked for and found absent. Optional: with the default definition sets a
    /// descriptor that is not reported anywhere is absent anyway; under
    /// <see cref="Sledai2kUnreportedItems.Unknown"/> (<see cref="ActivityDefinitions.UnreportedUnknown"/>) only a
    /// descriptor that is reported (listed here, in <see cref="Present"/> or <see cref="OtherCause"/>, or derived from
    /// an observation in the window) lets the total be known.
    /// </summary>
    [JsonIgnore]
    public ImmutableArray<Sledai2kDescriptor> Absent { get; init => field = value.IsDefault ? [] : value; } = [];

    // Written only when not empty, so that a visit in the original form serializes as before.
    [JsonInclude]
    [JsonPropertyName("absent")]
    internal ImmutableArray<Sledai2kDescriptor>? AbsentJson
    {
        get => Absent.IsEmpty ? null : Absent;
        init => Absent = value ?? [];
    }

    /// <summary>
    /// Gets the date on which an entered descriptor (one in <see cref="Present"/> or <see cref="OtherCause"/>) was
    /// observed. A dated descriptor counts only when the date lies in the window: from <see cref="InstrumentAssessment.On"/>
    /// minus the window's days to <see cref="InstrumentAssessment.On"/>, both inclusive. An undated descriptor is taken
    /// to lie in the window, as before.
    /// </summary>
    [JsonIgnore]
    public ImmutableArray<Sledai2kDescriptorDate> ObservedOn { get; init => field = value.IsDefault ? [] : value; } = [];

    // Written only when not empty, so that a visit in the original form serializes as before.
    [JsonInclude]
    [JsonPropertyName("observedOn")]
    internal ImmutableArray<Sledai2kDescriptorDate>? ObservedOnJson
    {
        get => ObservedOn.IsEmpty ? null : ObservedOn;
        init => ObservedOn = value ?? [];
    }

    /// <summary>
    /// Gets dated laboratory observations (LOINC-coded, see <see cref="Sledai2kLaboratory"/>) from which the
    /// laboratory descriptors are derived with the glossary's thresholds: platelets, white cells, urine red and white
    /// cells per high-power field, 24-hour urine protein, body temperature, C3 and C4 against the laboratory's lower
    /// limit, anti-dsDNA against its upper limit. Only observations dated in the window count. A descriptor listed in
    /// <see cref="Present"/> is taken as entered; a derived descriptor listed in <see cref="OtherCause"/> is recorded as
    /// due to another cause and not scored.
    /// </summary>
    [JsonIgnore]
    public ImmutableArray<Observation> Observations { get; init => field = value.IsDefault ? [] : value; } = [];

    // Written only when not empty, so that a visit in the original form serializes as before.
    [JsonInclude]
    [JsonPropertyName("observations")]
    internal ImmutableArray<Observation>? ObservationsJson
    {
        get => Observations.IsEmpty ? null : Observations;
        init => Observations = value ?? [];
    }
}

/// <summary>The date on which an entered SLEDAI-2K descriptor was observed (see <see cref="Sledai2kVisit.ObservedOn"/>).</summary>
public sealed record Sledai2kDescriptorDate
{
    /// <summary>Gets the descriptor.</summary>
    public required Sledai2kDescriptor Descriptor { get; init; }

    /// <summary>Gets the date it was observed (the last date, when it was observed more than once).</summary>
    public required DateOnly On { get; init; }
}
