using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// SLEDAI-2K (instrument id <c>sle.sledai-2k</c>): scores one <see cref="Sledai2kVisit"/> to a
/// <see cref="Sledai2kResult"/>. Each descriptor listed in <see cref="Sledai2kVisit.Present"/> scores its weight;
/// descriptors listed in <see cref="Sledai2kVisit.OtherCause"/> are recorded and never scored.
/// </summary>
/// <remarks>
/// <para>
/// Sources: Gladman DD, Ibañez D, Urowitz MB. Systemic lupus erythematosus disease activity index 2000. J Rheumatol
/// 2002;29(2):288-91 (PMID 11838846): 24 descriptors, weights 8/4/2/1, maximum 105; rash, alopecia, mucosal ulcers and
/// proteinuria scored whenever present (not only when new). Parent index: Bombardier C et al. Arthritis Rheum
/// 1992;35:630-40. 30-day window: Touma Z, Urowitz MB, Gladman DD. Lupus 2010;19(1):49-51,
/// doi:10.1177/0961203309346505. High Disease Activity Status (SLEDAI-2K ≥ 10): Koelmeyer R et al. Lupus Sci Med
/// 2020;7:e000372, doi:10.1136/lupus-2019-000372, and the Asia-Pacific Lupus Collaboration papers cited on
/// <see cref="ActivityDefinitions"/>.
/// </para>
/// <para>
/// Arthritis is a clinician-entered judgement (a descriptor present or not): the joint count in the 2K glossary could
/// not be confirmed ("more than 2" and "2 or more" are both reproduced), so no joint count is asked for.
/// Alopecia weighs 2 (every source but one third-party calculator, which gives 1 in error).
/// </para>
/// <para>
/// A visit without <see cref="Sledai2kVisit.WindowDays"/> is scored with the window of the
/// <see cref="ActivityDefinitions"/> the instrument was built with, or the one a pipeline selected. The window decides
/// which dated descriptors score: those observed from the visit date minus the window's days to the visit date, both
/// inclusive. Laboratory descriptors may be derived from the visit's observations (<see cref="Sledai2kLaboratory"/>),
/// and a descriptor nobody reported is absent or, under <see cref="Sledai2kUnreportedItems.Unknown"/>, makes the total
/// unknown. The instance registered by the lupus module uses <see cref="ActivityDefinitions.Default"/>. Stateless and
/// thread-safe.
/// </para>
/// </remarks>
public sealed class Sledai2kInstrument : ClinicalInstrument<Sledai2kVisit, Sledai2kResult>
{
    private const string UnknownMessage = "not one of the 24 SLEDAI-2K descriptors";

    private static readonly InstrumentDescriptor SharedDescriptor = new()
    {
        Id = LupusIds.Sledai2k,
        Title = "SLEDAI-2K (Systemic Lupus Erythematosus Disease Activity Index 2000)",
        Version = "1.0.0",
        Sources =
        [
            ActivityCitations.Gladman2002,
            ActivityCitations.Bombardier1992,
            ActivityCitations.Touma2010,
            ActivityCitations.Koelmeyer2020,
            ActivityCitations.KandaneRathnayake2022,
            ActivityCitations.KandaneRathnayake2025,
        ],
        Documentation = "docs/instruments/sle.sledai-2k.md",
    };

    /// <summary>Creates the instrument with <see cref="ActivityDefinitions.Default"/> (10-day window, HDAS at ≥ 10).</summary>
    public Sledai2kInstrument()
        : this(ActivityDefinitions.Default)
    {
    }

    /// <summary>Creates the instrument with the given definitions.</summary>
    /// <param name="definitions">The window for visits that state none, and the HDAS threshold.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="definitions"/> is invalid; the message lists every problem.</exception>
    public Sledai2kInstrument(ActivityDefinitions definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var problems = definitions.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Definition set '{definitions.Id}' is invalid: " + string.Join("; ", problems), nameof(definitions));
        }

        Definitions = definitions;
    }

    /// <summary>Gets the definitions the instrument applies.</summary>
    public ActivityDefinitions Definitions { get; }

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor => SharedDescriptor;

    /// <inheritdoc/>
    /// <remarks>
    /// Errors: a descriptor that is not one of the 24 (<see cref="Sledai2kDiagnosticCodes.UnknownDescriptor"/>), listed
    /// twice in one list (<see cref="Sledai2kDiagnosticCodes.DescriptorRepeated"/>, at the repeat), listed in both
    /// lists (<see cref="Sledai2kDiagnosticCodes.DescriptorPresentAndOtherCause"/>, at <c>$.otherCause[i]</c>), a
    /// window other than 10 or 30 days (<see cref="Sledai2kDiagnosticCodes.WindowNotAllowed"/>, at <c>$.windowDays</c>),
    /// a descriptor absent and reported (<see cref="Sledai2kDiagnosticCodes.DescriptorAbsentAndReported"/>) or dated twice
    /// (<see cref="Sledai2kDiagnosticCodes.DescriptorDateRepeated"/>), and an observation whose unit does not fit its code
    /// (<see cref="Sledai2kDiagnosticCodes.ObservationUnitNotAccepted"/>). Warnings: an observation SLEDAI-2K does not use
    /// (<see cref="Sledai2kDiagnosticCodes.ObservationNotUsed"/>) or cannot judge without the laboratory's limit
    /// (<see cref="Sledai2kDiagnosticCodes.ReferenceLimitMissing"/>).
    /// </remarks>
    public override IReadOnlyList<EvaluationDiagnostic> Validate(Sledai2kVisit input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<EvaluationDiagnostic>();
        ValidateVisit(input, "$", diagnostics);
        return diagnostics;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// A descriptor listed in <see cref="Sledai2kVisit.Present"/> scores once however often it is listed, and a
    /// descriptor listed in both lists counts as present (<see cref="ClinicalInstrument{TInput, TResult}.Compute(TInput)"/> and
    /// the JSON entry point reject such inputs before computing).
    /// </remarks>
    protected override Sledai2kResult ComputeCore(Sledai2kVisit input) => Compute(input, Definitions);

    /// <summary>
    /// Computes with the <see cref="ActivityDefinitions"/> a pipeline selected (for example
    /// <see cref="ActivityDefinitions.Window30"/>), or this instance's <see cref="Definitions"/> when none is selected.
    /// </summary>
    /// <param name="input">The visit.</param>
    /// <param name="definitions">The pipeline's selected definition sets.</param>
    /// <returns>The result.</returns>
    protected override Sledai2kResult ComputeCore(Sledai2kVisit input, SelectedDefinitionSets definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return Compute(input, definitions.TryGet<ActivityDefinitions>(out var selected) ? selected : Definitions);
    }

    internal static Sledai2kResult Compute(Sledai2kVisit input, ActivityDefinitions definitions)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Descriptors (1-24) and organ systems (1-9) are small enums: bit sets instead of hash sets keep scoring free of
        // everything but the result itself. Values outside 0-63 cannot be set and so score nothing, as before.
        var resolution = Sledai2kResolution.Of(input, definitions);
        var items = ImmutableArray.CreateBuilder<Sledai2kItemResult>(Sledai2kDescriptors.All.Length);
        ulong active = 0;
        int total = 0, clinical = 0, activeCount = 0;
        foreach (var descriptor in Sledai2kDescriptors.All)
        {
            var weight = Sledai2kDescriptors.Weight(descriptor);
            var system = Sledai2kDescriptors.OrganSystem(descriptor);
            var item = resolution.Item(descriptor);
            var points = item.State == Sledai2kItemState.Present ? weight : 0;
            if (points > 0)
            {
                total += points;
                clinical += Sledai2kDescriptors.IsSerological(descriptor) ? 0 : points;
                var bit = 1UL << (int)system;
                activeCount += (active & bit) == 0 ? 1 : 0;
                active |= bit;
            }

            items.Add(new Sledai2kItemResult
            {
                Descriptor = descriptor,
                OrganSystem = system,
                Weight = weight,
                State = item.State,
                Points = points,
                Source = item.Source,
                ObservedOn = item.ObservedOn,
                Observation = item.Observation,
            });
        }

        var systems = ImmutableArray.CreateBuilder<SledaiOrganSystem>(activeCount);
        for (var bit = 0; bit < 64 && systems.Count < activeCount; bit++)
        {
            if ((active & (1UL << bit)) != 0)
            {
                systems.Add((SledaiOrganSystem)bit);
            }
        }

        var score = Sledai2kScore.Create(total);
        return new Sledai2kResult
        {
            On = input.On,
            Total = score,
            ClinicalTotal = clinical,
            WindowDays = resolution.WindowDays,
            Items = items.MoveToImmutable(),
            ActiveOrganSystems = systems.MoveToImmutable(),
            HighDiseaseActivityStatus = total >= definitions.HighDiseaseActivityThreshold,
            HighDiseaseActivityThreshold = definitions.HighDiseaseActivityThreshold,
            Unknown = resolution.Unknown,
            NotReported = definitions.UnreportedItems == Sledai2kUnreportedItems.Unknown ? resolution.NotReportedDescriptors() : null,
        };
    }

    private static bool Has(ulong bits, Sledai2kDescriptor descriptor) => (bits & Sledai2kDescriptors.Bit(descriptor)) != 0;

    /// <summary>Checks a visit, reporting diagnostics with paths under <paramref name="root"/> (for example <c>$.baseline.sledai2k</c>).</summary>
    /// <param name="visit">The visit.</param>
    /// <param name="root">The JSON path of the visit.</param>
    /// <param name="diagnostics">Receives the diagnostics.</param>
    internal static void ValidateVisit(Sledai2kVisit visit, string root, List<EvaluationDiagnostic> diagnostics)
    {
        // Paths and messages are formatted only for a problem: a valid visit, the usual case, allocates nothing here.
        ulong seenPresent = 0;
        for (var i = 0; i < visit.Present.Length; i++)
        {
            var descriptor = visit.Present[i];
            if (!Enum.IsDefined(descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(Sledai2kDiagnosticCodes.UnknownDescriptor, UnknownMessage, ListPath(root, "present", i), value: DiagnosticValues.Of((int)descriptor)));
            }
            else if (Has(seenPresent, descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    Sledai2kDiagnosticCodes.DescriptorRepeated,
                    $"the descriptor is listed more than once in present (first at {ListPath(root, "present", visit.Present.IndexOf(descriptor))}); list each descriptor once",
                    ListPath(root, "present", i), value: ActivityJson.Name(descriptor)));
            }
            else
            {
                seenPresent |= Sledai2kDescriptors.Bit(descriptor);
            }
        }

        ulong seenOther = 0;
        for (var i = 0; i < visit.OtherCause.Length; i++)
        {
            var descriptor = visit.OtherCause[i];
            if (!Enum.IsDefined(descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(Sledai2kDiagnosticCodes.UnknownDescriptor, UnknownMessage, ListPath(root, "otherCause", i), value: DiagnosticValues.Of((int)descriptor)));
            }
            else if (Has(seenOther, descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    Sledai2kDiagnosticCodes.DescriptorRepeated,
                    $"the descriptor is listed more than once in otherCause (first at {ListPath(root, "otherCause", visit.OtherCause.IndexOf(descriptor))}); list each descriptor once",
                    ListPath(root, "otherCause", i), value: ActivityJson.Name(descriptor)));
            }
            else
            {
                seenOther |= Sledai2kDescriptors.Bit(descriptor);
                if (Has(seenPresent, descriptor))
                {
                    diagnostics.Add(EvaluationDiagnostic.Error(
                        Sledai2kDiagnosticCodes.DescriptorPresentAndOtherCause,
                        $"the descriptor is listed both in present (at {ListPath(root, "present", visit.Present.IndexOf(descriptor))}) and in otherCause; a descriptor is attributed either to lupus or to another cause",
                        ListPath(root, "otherCause", i), value: ActivityJson.Name(descriptor)));
                }
            }
        }

        ValidateRawData(visit, root, seenPresent | seenOther, diagnostics);
        if (visit.WindowDays is { } window && window is not (ActivityDefinitions.TenDayWindow or ActivityDefinitions.ThirtyDayWindow))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(
                Sledai2kDiagnosticCodes.WindowNotAllowed,
                $"the SLEDAI-2K window must be {ActivityDefinitions.TenDayWindow} days (original convention) or {ActivityDefinitions.ThirtyDayWindow} days (Touma 2010); omit it to use the definition set's window",
                $"{root}.windowDays", value: DiagnosticValues.Of(window)));
        }
    }

    /// <summary>Checks the absent list, the entered dates and the observations (all optional; an empty visit allocates nothing).</summary>
    private static void ValidateRawData(Sledai2kVisit visit, string root, ulong reported, List<EvaluationDiagnostic> diagnostics)
    {
        ulong seenAbsent = 0;
        for (var i = 0; i < visit.Absent.Length; i++)
        {
            var descriptor = visit.Absent[i];
            if (!Enum.IsDefined(descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(Sledai2kDiagnosticCodes.UnknownDescriptor, UnknownMessage, ListPath(root, "absent", i), value: DiagnosticValues.Of((int)descriptor)));
            }
            else if (Has(seenAbsent, descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    Sledai2kDiagnosticCodes.DescriptorRepeated,
                    $"the descriptor is listed more than once in absent (first at {ListPath(root, "absent", visit.Absent.IndexOf(descriptor))}); list each descriptor once",
                    ListPath(root, "absent", i), value: ActivityJson.Name(descriptor)));
            }
            else
            {
                seenAbsent |= Sledai2kDescriptors.Bit(descriptor);
                if (Has(reported, descriptor))
                {
                    diagnostics.Add(EvaluationDiagnostic.Error(
                        Sledai2kDiagnosticCodes.DescriptorAbsentAndReported,
                        "the descriptor is listed in absent and also in present or otherCause; a descriptor is either absent or present",
                        ListPath(root, "absent", i), value: ActivityJson.Name(descriptor)));
                }
            }
        }

        ulong seenDated = 0;
        for (var i = 0; i < visit.ObservedOn.Length; i++)
        {
            var dated = visit.ObservedOn[i];
            if (dated is null)
            {
                continue;
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"{root}.observedOn[{i}].descriptor");
            if (!Enum.IsDefined(dated.Descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(Sledai2kDiagnosticCodes.UnknownDescriptor, UnknownMessage, path, value: DiagnosticValues.Of((int)dated.Descriptor)));
            }
            else if (Has(seenDated, dated.Descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    Sledai2kDiagnosticCodes.DescriptorDateRepeated,
                    "the descriptor is dated more than once in observedOn; give one date per descriptor (the last date it was observed)",
                    path, value: ActivityJson.Name(dated.Descriptor)));
            }
            else
            {
                seenDated |= Sledai2kDescriptors.Bit(dated.Descriptor);
            }
        }

        for (var i = 0; i < visit.Observations.Length; i++)
        {
            var observation = visit.Observations[i];
            if (observation is null)
            {
                continue;
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"{root}.observations[{i}]");
            switch (Sledai2kLaboratory.Read(observation, out var descriptor))
            {
                case LabReading.NotUsed:
                    diagnostics.Add(EvaluationDiagnostic.Warning(
                        Sledai2kDiagnosticCodes.ObservationNotUsed,
                        "SLEDAI-2K derives no descriptor from this code (LOINC 777-3, 6690-2, 13945-1, 5821-4, 2889-4, 8310-5, 4485-9, 4498-2 or 5130-0); the observation is not used",
                        path + ".code", value: observation.Code.Code));
                    break;
                case LabReading.UnitNotAccepted:
                    diagnostics.Add(EvaluationDiagnostic.Error(
                        Sledai2kDiagnosticCodes.ObservationUnitNotAccepted,
                        $"the unit does not fit the code: {ActivityJson.Name(descriptor)} is read from {ExpectedUnit(descriptor)}",
                        path + ".value", value: DiagnosticValues.Of(observation.Value.Value) + " " + (observation.Value.IsSpecified ? QuantityUnits.ToUcum(observation.Value.Unit) : "(no unit)")));
                    break;
                case LabReading.ReferenceLimitMissing:
                    var low = descriptor == Sledai2kDescriptor.LowComplement;
                    diagnostics.Add(EvaluationDiagnostic.Warning(
                        Sledai2kDiagnosticCodes.ReferenceLimitMissing,
                        low
                            ? "complement is judged against the testing laboratory's lower limit of normal: give referenceLow in a unit that converts to the value's; the observation is not used"
                            : "anti-dsDNA is judged against the testing laboratory's upper limit of normal: give referenceHigh in a unit that converts to the value's; the observation is not used",
                        path + (low ? ".referenceLow" : ".referenceHigh"), value: DiagnosticValues.Of(observation.Value.Value)));
                    break;
            }
        }
    }

    private static string ExpectedUnit(Sledai2kDescriptor descriptor) => descriptor switch
    {
        Sledai2kDescriptor.Thrombocytopenia or Sledai2kDescriptor.Leukopenia => "a count in 10*9/L (0 to 1000)",
        Sledai2kDescriptor.Hematuria or Sledai2kDescriptor.Pyuria => "a count per high-power field, /[HPF]",
        Sledai2kDescriptor.Proteinuria => "a 24-hour excretion in g/(24.h) (0 to 50); a protein/creatinine ratio does not convert",
        Sledai2kDescriptor.Fever => "a body temperature in Cel or [degF] (25 to 45 Cel)",
        _ => "a specified quantity",
    };

    private static string ListPath(string root, string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{root}.{list}[{index}]");
}
