using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>The state of one descriptor after entered and derived evidence and the window were weighed.</summary>
internal readonly record struct ResolvedItem(Sledai2kItemState State, Sledai2kItemSource? Source, DateOnly? ObservedOn, int? Observation);

/// <summary>
/// Decides, for one SLEDAI-2K visit, which descriptors score: the entered lists, the dates entered descriptors were
/// observed, and the descriptors derived from the visit's observations (<see cref="Sledai2kLaboratory"/>), each only
/// when dated in the window, and what an unreported descriptor means (<see cref="ActivityDefinitions.UnreportedItems"/>).
/// </summary>
/// <remarks>
/// Rules, per descriptor, first match wins:
/// <list type="number">
/// <item>listed in <c>present</c>: present (entered), unless its entered date lies outside the window (outside-window);</item>
/// <item>an observation in the window feeds it: present when one meets the glossary's definition (other-cause when the
/// descriptor is listed in <c>otherCause</c>), otherwise absent (derived);</item>
/// <item>listed in <c>otherCause</c>: other-cause (entered), unless its entered date lies outside the window;</item>
/// <item>listed in <c>absent</c>: absent (entered);</item>
/// <item>otherwise not reported: absent, or not-reported when the set treats unreported descriptors as unknown.</item>
/// </list>
/// The window runs from the visit date minus the window's days to the visit date, both inclusive ("present at the time
/// of the visit or in the preceding 10 days", SLEDAI-2K form; 30 days per Touma 2010).
/// </remarks>
internal sealed class Sledai2kResolution
{
    private readonly ResolvedItem[]? _items;

    private Sledai2kResolution(int windowDays, ulong scored, ulong otherCause, ulong notReported, ResolvedItem[]? items)
    {
        WindowDays = windowDays;
        Scored = scored;
        OtherCause = otherCause;
        NotReported = notReported;
        _items = items;
    }

    /// <summary>Gets the window that applied, in days.</summary>
    public int WindowDays { get; }

    /// <summary>Gets the descriptors that score, as a bit set (<see cref="Sledai2kDescriptors.Bit"/>).</summary>
    public ulong Scored { get; }

    /// <summary>Gets the descriptors present but attributed to another cause, as a bit set.</summary>
    public ulong OtherCause { get; }

    /// <summary>Gets the descriptors not reported, as a bit set; always 0 when unreported descriptors are absent.</summary>
    public ulong NotReported { get; }

    /// <summary>Gets whether the total is unknown (some descriptor not reported, under <see cref="Sledai2kUnreportedItems.Unknown"/>).</summary>
    public bool Unknown => NotReported != 0;

    /// <summary>Gets whether the visit carries only pre-judged, undated descriptors (the original input form).</summary>
    public bool IsPlain => _items is null;

    /// <summary>Returns the total of the scored descriptors.</summary>
    public int Total()
    {
        var total = 0;
        foreach (var descriptor in Sledai2kDescriptors.All)
        {
            total += (Scored & Sledai2kDescriptors.Bit(descriptor)) != 0 ? Sledai2kDescriptors.Weight(descriptor) : 0;
        }

        return total;
    }

    /// <summary>Returns the clinical total (without the two serological descriptors).</summary>
    public int ClinicalTotal()
    {
        var total = 0;
        foreach (var descriptor in Sledai2kDescriptors.All)
        {
            total += (Scored & Sledai2kDescriptors.Bit(descriptor)) != 0 && !Sledai2kDescriptors.IsSerological(descriptor) ? Sledai2kDescriptors.Weight(descriptor) : 0;
        }

        return total;
    }

    /// <summary>Returns the state of one descriptor.</summary>
    public ResolvedItem Item(Sledai2kDescriptor descriptor)
    {
        if (_items is not null)
        {
            return _items[(int)descriptor];
        }

        // The original input form reports no source: every reported descriptor is entered, and the output stays as it was.
        var bit = Sledai2kDescriptors.Bit(descriptor);
        return (Scored & bit) != 0 ? new(Sledai2kItemState.Present, null, null, null)
            : (OtherCause & bit) != 0 ? new(Sledai2kItemState.OtherCause, null, null, null)
            : new(Sledai2kItemState.Absent, null, null, null);
    }

    /// <summary>
    /// Returns the visit as pre-judged descriptors: <c>present</c> holds the scored descriptors and <c>otherCause</c> those
    /// due to another cause, in index order. The visit itself when it already is in that form.
    /// </summary>
    public Sledai2kVisit ScoredVisit(Sledai2kVisit visit)
    {
        if (IsPlain)
        {
            return visit;
        }

        return visit with
        {
            Present = [.. Sledai2kDescriptors.All.Where(d => (Scored & Sledai2kDescriptors.Bit(d)) != 0)],
            OtherCause = [.. Sledai2kDescriptors.All.Where(d => (OtherCause & Sledai2kDescriptors.Bit(d)) != 0)],
            Absent = [],
            ObservedOn = [],
            Observations = [],
        };
    }

    /// <summary>Returns the descriptors not reported, in index order.</summary>
    public ImmutableArray<Sledai2kDescriptor> NotReportedDescriptors() =>
        [.. Sledai2kDescriptors.All.Where(d => (NotReported & Sledai2kDescriptors.Bit(d)) != 0)];

    /// <summary>Resolves a visit (assumed valid; invalid entries are skipped) with a set's window and unreported-item policy.</summary>
    public static Sledai2kResolution Of(Sledai2kVisit visit, ActivityDefinitions definitions)
    {
        var window = visit.WindowDays ?? definitions.SledaiWindowDays;
        var present = Bits(visit.Present);
        var otherCause = Bits(visit.OtherCause);
        var unknownPolicy = definitions.UnreportedItems == Sledai2kUnreportedItems.Unknown;
        if (visit.Absent.IsEmpty && visit.ObservedOn.IsEmpty && visit.Observations.IsEmpty && !unknownPolicy)
        {
            // The original input form: no allocation beyond this object.
            return new Sledai2kResolution(window, present, otherCause & ~present, 0, null);
        }

        var from = visit.On.AddDays(-window);
        var absent = Bits(visit.Absent);
        var dates = new DateOnly?[64];
        foreach (var dated in visit.ObservedOn)
        {
            if ((uint)dated.Descriptor < 64 && dates[(int)dated.Descriptor] is null)
            {
                dates[(int)dated.Descriptor] = dated.On;
            }
        }

        // Per descriptor: the latest in-window observation that meets the definition, and the latest in-window one.
        var meets = new int[64];
        var any = new int[64];
        Array.Fill(meets, -1);
        Array.Fill(any, -1);
        for (var i = 0; i < visit.Observations.Length; i++)
        {
            var observation = visit.Observations[i];
            if (observation is null || observation.On < from || observation.On > visit.On)
            {
                continue;
            }

            var reading = Sledai2kLaboratory.Read(observation, out var descriptor);
            if (reading is not (LabReading.Meets or LabReading.DoesNotMeet))
            {
                continue;
            }

            var d = (int)descriptor;
            if (any[d] < 0 || visit.Observations[any[d]].On <= observation.On)
            {
                any[d] = i;
            }

            if (reading == LabReading.Meets && (meets[d] < 0 || visit.Observations[meets[d]].On <= observation.On))
            {
                meets[d] = i;
            }
        }

        var items = new ResolvedItem[Sledai2kDescriptors.All.Length + 1];
        ulong scored = 0, other = 0, notReported = 0;
        foreach (var descriptor in Sledai2kDescriptors.All)
        {
            var d = (int)descriptor;
            var bit = Sledai2kDescriptors.Bit(descriptor);
            var date = dates[d];
            var inWindow = date is not { } on || (on >= from && on <= visit.On);
            ResolvedItem item;
            if ((present & bit) != 0)
            {
                item = new(inWindow ? Sledai2kItemState.Present : Sledai2kItemState.OutsideWindow, Sledai2kItemSource.Entered, date, null);
            }
            else if (any[d] >= 0)
            {
                var index = meets[d] >= 0 ? meets[d] : any[d];
                var state = meets[d] < 0 ? Sledai2kItemState.Absent
                    : (otherCause & bit) != 0 ? Sledai2kItemState.OtherCause
                    : Sledai2kItemState.Present;
                item = new(state, Sledai2kItemSource.Derived, visit.Observations[index].On, index);
            }
            else if ((otherCause & bit) != 0)
            {
                item = new(inWindow ? Sledai2kItemState.OtherCause : Sledai2kItemState.OutsideWindow, Sledai2kItemSource.Entered, date, null);
            }
            else if ((absent & bit) != 0)
            {
                item = new(Sledai2kItemState.Absent, Sledai2kItemSource.Entered, date, null);
            }
            else
            {
                item = new(unknownPolicy ? Sledai2kItemState.NotReported : Sledai2kItemState.Absent, null, null, null);
            }

            items[d] = item;
            scored |= item.State == Sledai2kItemState.Present ? bit : 0;
            other |= item.State == Sledai2kItemState.OtherCause ? bit : 0;
            notReported |= item.State == Sledai2kItemState.NotReported ? bit : 0;
        }

        return new Sledai2kResolution(window, scored, other, notReported, items);
    }

    private static ulong Bits(ImmutableArray<Sledai2kDescriptor> descriptors)
    {
        ulong bits = 0;
        foreach (var descriptor in descriptors)
        {
            bits |= Sledai2kDescriptors.Bit(descriptor);
        }

        return bits;
    }
}
