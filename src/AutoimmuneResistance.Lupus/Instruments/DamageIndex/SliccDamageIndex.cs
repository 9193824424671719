using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The SLICC/ACR Damage Index (instrument <c>sle.slicc-acr-damage-index</c>): cumulative, irreversible organ damage
/// since SLE onset, 41 items in 12 organ systems, total 0 to 47.
/// </summary>
/// <remarks>
/// <para>
/// Source: Gladman D, Ginzler E, Goldsmith C, et al. The development and initial validation of the Systemic Lupus
/// International Collaborating Clinics/American College of Rheumatology damage index for systemic lupus
/// erythematosus. Arthritis Rheum 1996;39(3):363-9, doi:10.1002/art.1780390303. Items and scores as reproduced by the
/// PhenX Toolkit (protocol 171001) and tabulated in the project's clinical reference section 2.1; edge rules from
/// section 2.2.
/// </para>
/// <para>
/// Rules: damage counts regardless of its cause; it must have been present for at least 6 months
/// (<c>since + 6 calendar months &lt;= on</c>, or <c>persistedMonths &gt;= 6</c>) unless the item is an "ever" item or
/// met by its procedure alternative; skin ulceration uses <see cref="DamageIndexDefinitions.SkinUlcerationOperator"/>;
/// items dated before SLE onset are not scored; end-stage renal disease scores 3 and replaces the two other renal
/// items; items that score 2 for repeats score 2 at most, and episodes must be at least
/// <see cref="DamageIndexDefinitions.RepeatEventMinimumSeparationMonths"/> apart (UNCONFIRMED; 0 switches it off).
/// An item present for less than its requirement is reported as "not yet persistent" (0 points, warning
/// <see cref="LupusDiagnosticCodes.DamageNotYetPersistent"/>), never silently scored.
/// </para>
/// </remarks>
public sealed class SliccDamageIndex : ClinicalInstrument<DamageIndexInput, DamageIndexResult>
{
    private readonly DamageIndexDefinitions _definitions;

    /// <summary>Creates the instrument.</summary>
    /// <param name="definitions">The definitions applied when an input carries none; <see cref="DamageIndexDefinitions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="definitions"/> breaks one of its rules.</exception>
    public SliccDamageIndex(DamageIndexDefinitions? definitions = null)
    {
        _definitions = definitions ?? DamageIndexDefinitions.Default;
        var problems = _definitions.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Definition set '{_definitions.Id}' is invalid: {string.Join("; ", problems)}", nameof(definitions));
        }
    }

    /// <summary>Gets the definitions applied when an input carries none.</summary>
    public DamageIndexDefinitions Definitions => _definitions;

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = LupusIds.DamageIndex,
        Title = "SLICC/ACR Damage Index",
        Version = "1.0.0",
        Sources = DamageIndexDefinitions.Default.Sources,
        Documentation = "docs/instruments/sle.slicc-acr-damage-index.md",
    };

    /// <inheritdoc/>
    public override IReadOnlyList<EvaluationDiagnostic> Validate(DamageIndexInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<EvaluationDiagnostic>();
        if (input.SleOnset is { } onset && onset > input.On)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.SleOnsetAfterAssessment, "the SLE onset date is after the assessment date", "$.sleOnset", value: DiagnosticValues.WithReference(onset, "assessment", input.On)));
        }

        if (input.Definitions is { } definitions)
        {
            foreach (var (member, message, value) in definitions.Problems())
            {
                diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageDefinitionsInvalid, message, "$.definitions." + member, value: value));
            }

            if (definitions.Id == _definitions.Id && !SameSwitches(definitions, _definitions))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    LupusDiagnosticCodes.DamageDefinitionsIdReused,
                    $"the definitions reuse the id '{_definitions.Id}' with different values; give a tuned set its own id",
                    "$.definitions.id"));
            }
        }

        var seen = new HashSet<DamageItem>();
        for (var i = 0; i < input.Items.Length; i++)
        {
            ValidateEntry(input, input.Items[i], $"$.items[{i}]", seen, diagnostics);
        }

        var absent = new HashSet<DamageItem>();
        for (var i = 0; i < input.Absent.Length; i++)
        {
            var item = input.Absent[i];
            var path = $"$.absent[{i}]";
            if (!Enum.IsDefined(item))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageItemUndefined, "the item is not one of the damage index's items", path, value: DiagnosticValues.Of((int)item)));
            }
            else if (!absent.Add(item))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageItemDuplicated, "the item is listed as absent more than once; list each item once", path, value: DiagnosticValues.Of(item, LupusJsonContext.Default.DamageItem)));
            }
            else if (seen.Contains(item))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageItemDuplicated, "the item is listed both as present ('items') and as absent ('absent'); list it once", path, value: DiagnosticValues.Of(item, LupusJsonContext.Default.DamageItem)));
            }
        }

        if (diagnostics.Count == 0)
        {
            var applied = input.Definitions ?? _definitions;
            for (var i = 0; i < input.Items.Length; i++)
            {
                var entry = input.Items[i];
                var path = $"$.items[{i}]";
                var evaluation = EvaluateEntry(entry, input, applied);
                if (evaluation.Status == DamageItemStatus.NotYetPersistent)
                {
                    diagnostics.Add(EvaluationDiagnostic.Warning(
                        LupusDiagnosticCodes.DamageNotYetPersistent,
                        $"the item has been present for less than its {DamageIndexItems.PersistenceMonths}-month persistence requirement; it is not damage yet and is not scored",
                        path + TimingMember(entry), value: TimingValue(entry, input.On, "assessment")));
                }
                else if (evaluation.Status == DamageItemStatus.BeforeSleOnset)
                {
                    diagnostics.Add(EvaluationDiagnostic.Warning(
                        LupusDiagnosticCodes.DamageBeforeSleOnset,
                        "the item began before SLE onset; only damage since onset is scored",
                        path + TimingMember(entry), value: TimingValue(entry, input.SleOnset, "SLE onset")));
                }
                else if (evaluation.UndatedRepeat)
                {
                    diagnostics.Add(EvaluationDiagnostic.Warning(
                        LupusDiagnosticCodes.DamageRepeatUndated,
                        $"more than one episode without dates: the separation rule ({applied.RepeatEventMinimumSeparationMonths} months) cannot be checked, so the item scores 1; give the episode dates",
                        path + ".count", value: entry.Count is { } count ? DiagnosticValues.Of(count) : null));
                }
            }
        }

        return diagnostics;
    }

    /// <inheritdoc/>
    protected override DamageIndexResult ComputeCore(DamageIndexInput input) => Compute(input, input.Definitions ?? _definitions);

    /// <summary>
    /// Computes with the definitions the input carries, else the <see cref="DamageIndexDefinitions"/> the pipeline
    /// selected, else this instance's.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <param name="definitions">The pipeline's selected definition sets.</param>
    /// <returns>The result.</returns>
    protected override DamageIndexResult ComputeCore(DamageIndexInput input, SelectedDefinitionSets definitions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(definitions);
        return Compute(input, input.Definitions ?? (definitions.TryGet<DamageIndexDefinitions>(out var selected) ? selected : _definitions));
    }

    private static DamageIndexResult Compute(DamageIndexInput input, DamageIndexDefinitions definitions)
    {
        ArgumentNullException.ThrowIfNull(input);
        var evaluations = input.Items.Select(entry => (entry.Item, Evaluation: EvaluateEntry(entry, input, definitions))).ToList();
        var endStageRenalDisease = evaluations.Any(e => e.Item == DamageItem.EndStageRenalDisease && e.Evaluation.Points > 0);
        var items = ImmutableArray.CreateBuilder<DamageItemScore>(evaluations.Count);
        foreach (var (item, evaluation) in evaluations)
        {
            var replaced = endStageRenalDisease
                && item is DamageItem.GfrBelow50Percent or DamageItem.ProteinuriaAtLeast3Point5GramsPerDay
                && evaluation.Points > 0;
            items.Add(new DamageItemScore
            {
                Item = item,
                OrganSystem = DamageIndexItems.OrganSystem(item),
                Points = replaced ? 0 : evaluation.Points,
                Status = replaced ? DamageItemStatus.ReplacedByEndStageRenalDisease : evaluation.Status,
                Reason = replaced
                    ? "replaced by end-stage renal disease, which scores 3 for the renal system (renal maximum 3)"
                    : evaluation.Reason,
            });
        }

        var systems = DamageIndexItems.OrganSystems
            .Select(system =>
            {
                var maximum = DamageIndexItems.OrganSystemMaximum(system);
                var points = items.Where(i => i.OrganSystem == system).Sum(i => i.Points);
                return new DamageOrganSystemScore { OrganSystem = system, Points = Math.Min(points, maximum), MaxPoints = maximum };
            })
            .ToImmutableArray();
        ImmutableArray<DamageItem>? notReported = null;
        int? maximumTotal = null;
        if (definitions.UnreportedItems == UnreportedItemReading.Unknown)
        {
            ImmutableArray<DamageItem> unreported =
                [.. DamageIndexItems.All.Where(item => !input.Items.Any(entry => entry.Item == item) && !input.Absent.Contains(item))];
            notReported = unreported;

            // Each system at most its maximum, with every unreported item at its own maximum.
            maximumTotal = systems.Sum(system => Math.Min(
                system.MaxPoints,
                items.Where(i => i.OrganSystem == system.OrganSystem).Sum(i => i.Points)
                    + unreported.Where(item => DamageIndexItems.OrganSystem(item) == system.OrganSystem).Sum(DamageIndexItems.MaxScore)));
        }

        return new DamageIndexResult
        {
            Total = systems.Sum(s => s.Points),
            OrganSystems = systems,
            Items = items.MoveToImmutable(),
            NotReported = notReported,
            MaximumTotal = maximumTotal,
            Definitions = new DamageIndexSwitches
            {
                Id = definitions.Id,
                Version = definitions.Version,
                RepeatEventMinimumSeparationMonths = definitions.RepeatEventMinimumSeparationMonths,
                SkinUlcerationOperator = definitions.SkinUlcerationOperator,
                UnreportedItems = definitions.UnreportedItems == UnreportedItemReading.Unknown ? UnreportedItemReading.Unknown : null,
            },
        };
    }

    private static bool SameSwitches(DamageIndexDefinitions a, DamageIndexDefinitions b) =>
        a.Version == b.Version
        && a.RepeatEventMinimumSeparationMonths == b.RepeatEventMinimumSeparationMonths
        && a.SkinUlcerationOperator == b.SkinUlcerationOperator
        && (a.UnreportedItems ?? UnreportedItemReading.Absent) == (b.UnreportedItems ?? UnreportedItemReading.Absent);

    // The value at TimingMember's path, and the date it is compared with, for a warning's detail.
    private static string TimingValue(DamageItemEntry entry, DateOnly? reference, string label)
    {
        var value = entry.Since is { } since ? DiagnosticValues.Of(since)
            : entry.PersistedMonths is { } months ? DiagnosticValues.Of(months) + " months"
            : string.Join(", ", entry.Episodes.Select(DiagnosticValues.Of));
        return reference is { } date ? $"{value} ({label} {DiagnosticValues.Of(date)})" : value;
    }

    private static string TimingMember(DamageItemEntry entry) =>
        entry.Since is not null ? ".since" : entry.PersistedMonths is not null ? ".persistedMonths" : !entry.Episodes.IsEmpty ? ".episodes" : string.Empty;

    private static void ValidateEntry(DamageIndexInput input, DamageItemEntry? entry, string path, HashSet<DamageItem> seen, List<EvaluationDiagnostic> diagnostics)
    {
        if (entry is null)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.MissingRequiredProperty, "an item entry is null; expected an object with 'item'", path));
            return;
        }

        if (!Enum.IsDefined(entry.Item))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageItemUndefined, "the item is not one of the 41 SLICC/ACR Damage Index items", path + ".item", value: DiagnosticValues.Of((int)entry.Item)));
            return;
        }

        if (!seen.Add(entry.Item))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageItemDuplicated, "the item is listed more than once; list each item once (use 'count' or 'episodes' for repeats)", path + ".item", value: Name(entry.Item)));
        }

        var timings = (entry.Since is null ? 0 : 1) + (entry.PersistedMonths is null ? 0 : 1) + (entry.Episodes.IsEmpty ? 0 : 1);
        if (timings > 1)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageTimingConflict, "give at most one of 'since', 'persistedMonths' and 'episodes'", path));
        }

        if (entry.Since is { } since && since > input.On)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageDateAfterAssessment, "the date is after the assessment date", path + ".since", value: DiagnosticValues.WithReference(since, "assessment", input.On)));
        }

        // 1200 months (100 years) is the library's bound on input, not a published value: it only rejects implausible entries.
        if (entry.PersistedMonths is { } persisted and (< 0 or > 1200))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageDurationOutOfRange, "'persistedMonths' must be between 0 and 1200", path + ".persistedMonths", value: DiagnosticValues.Of(persisted)));
        }

        var repeat = DamageIndexItems.RepeatKind(entry.Item);
        if (entry.Count is { } count)
        {
            if (repeat == DamageRepeatKind.None)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageCountInvalid, "'count' applies only to items that score 2 for more than one episode or site", path + ".count", value: Name(entry.Item)));
            }
            else if (count is < 1 or > 99)
            {
                // 99 is the library's bound on input, not a published value (the index caps an item's score at 2 anyway).
                diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageCountInvalid, "'count' must be between 1 and 99", path + ".count", value: DiagnosticValues.Of(count)));
            }
            else if (!entry.Episodes.IsEmpty)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageTimingConflict, "give either 'count' or 'episodes', not both (the number of episodes is the number of dates)", path + ".count"));
            }
        }

        if (!entry.Episodes.IsEmpty)
        {
            if (repeat != DamageRepeatKind.Episodes)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageEpisodesNotApplicable, "'episodes' applies only to cerebrovascular accident, myocardial infarction and avascular necrosis", path + ".episodes", value: Name(entry.Item)));
            }

            for (var k = 0; k < entry.Episodes.Length; k++)
            {
                if (entry.Episodes[k] > input.On)
                {
                    diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageDateAfterAssessment, "the episode date is after the assessment date", $"{path}.episodes[{k}]", value: DiagnosticValues.WithReference(entry.Episodes[k], "assessment", input.On)));
                }
            }
        }

        if (entry.Procedure && !DamageIndexItems.HasProcedureAlternative(entry.Item))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(LupusDiagnosticCodes.DamageProcedureNotApplicable, "'procedure' applies only to angina or coronary artery bypass and to pericarditis or pericardiectomy", path + ".procedure", value: Name(entry.Item)));
        }
    }

    private static string Name(DamageItem item) => DiagnosticValues.Of(item, LupusJsonContext.Default.DamageItem);

    private static EntryEvaluation EvaluateEntry(DamageItemEntry entry, DamageIndexInput input, DamageIndexDefinitions definitions)
    {
        var item = entry.Item;
        var episodes = entry.Episodes.Where(d => input.SleOnset is not { } onset || d >= onset).Order().ToList();
        if (!entry.Episodes.IsEmpty && episodes.Count == 0)
        {
            return new(0, DamageItemStatus.BeforeSleOnset, "every episode predates SLE onset; only damage since onset counts (0 points)", false);
        }

        if (entry.Since is { } began && input.SleOnset is { } sleOnset && began < sleOnset)
        {
            return new(0, DamageItemStatus.BeforeSleOnset, $"began {Format(began)}, before SLE onset {Format(sleOnset)}; only damage since onset counts (0 points)", false);
        }

        var since = episodes.Count > 0 ? episodes[0] : entry.Since;
        string timing;
        if (DamageIndexItems.IsEver(item))
        {
            timing = "ever item: counts once it has happened";
        }
        else if (entry.Procedure)
        {
            timing = item == DamageItem.AnginaOrCoronaryBypass
                ? "coronary artery bypass: counts once done"
                : "pericardiectomy: counts once done";
        }
        else
        {
            var op = item == DamageItem.SkinUlceration ? definitions.SkinUlcerationOperator : ComparisonOperator.GreaterThanOrEqual;
            var phrase = op == ComparisonOperator.GreaterThan ? "more than" : "at least";
            const int Months = DamageIndexItems.PersistenceMonths;
            if (since is { } start)
            {
                var limit = start.AddMonths(Months);
                var persistent = op == ComparisonOperator.GreaterThan ? limit < input.On : limit <= input.On;
                if (!persistent)
                {
                    return new(0, DamageItemStatus.NotYetPersistent, $"present since {Format(start)}: not {phrase} {Months} months by {Format(input.On)} (needs an assessment {(op == ComparisonOperator.GreaterThan ? "after" : "on or after")} {Format(limit)}); not damage yet (0 points)", false);
                }

                timing = $"present since {Format(start)}: {phrase} {Months} months by {Format(input.On)}";
            }
            else if (entry.PersistedMonths is { } months)
            {
                var persistent = op == ComparisonOperator.GreaterThan ? months > Months : months >= Months;
                if (!persistent)
                {
                    return new(0, DamageItemStatus.NotYetPersistent, $"present {months} whole months: not {phrase} {Months} months; not damage yet (0 points)", false);
                }

                timing = $"present {months} whole months: {phrase} {Months} months";
            }
            else
            {
                timing = $"no onset date or duration given: taken as stated by the assessor to have been present {phrase} {Months} months";
            }
        }

        switch (DamageIndexItems.RepeatKind(item))
        {
            case DamageRepeatKind.Sites:
            {
                var sites = entry.Count ?? 1;
                return sites > 1
                    ? new(2, DamageItemStatus.ScoredRepeat, $"{timing}; {sites} sites: more than one site scores 2 (at most 2)", false)
                    : new(1, DamageItemStatus.Scored, $"{timing}; one site (1 point)", false);
            }

            case DamageRepeatKind.Episodes:
            {
                var count = episodes.Count > 0 ? episodes.Count : entry.Count ?? 1;
                var separation = definitions.RepeatEventMinimumSeparationMonths;
                if (count <= 1)
                {
                    return new(1, DamageItemStatus.Scored, $"{timing}; one episode (1 point)", false);
                }

                if (separation == 0)
                {
                    return new(2, DamageItemStatus.ScoredRepeat, $"{timing}; {count} episodes, separation rule off: more than one episode scores 2 (at most 2)", false);
                }

                if (episodes.Count == 0)
                {
                    return new(1, DamageItemStatus.RepeatNotCounted, $"{timing}; {count} undated episodes: the {separation}-month separation rule cannot be checked, so 1 point", true);
                }

                var first = episodes[0];
                var last = episodes[^1];
                return last >= first.AddMonths(separation)
                    ? new(2, DamageItemStatus.ScoredRepeat, $"{timing}; {count} episodes, {Format(first)} and {Format(last)} at least {separation} months apart: scores 2 (at most 2)", false)
                    : new(1, DamageItemStatus.RepeatNotCounted, $"{timing}; {count} episodes all within {separation} months of {Format(first)}: the separation rule (UNCONFIRMED) scores 1", false);
            }

            default:
            {
                var points = DamageIndexItems.Score(item);
                var extra = item == DamageItem.EndStageRenalDisease ? " (end-stage renal disease replaces the other renal items)" : string.Empty;
                return new(points, DamageItemStatus.Scored, $"{timing} ({points} point{(points == 1 ? string.Empty : "s")}){extra}", false);
            }
        }
    }

    private static string Format(DateOnly date) => date.ToString("O", CultureInfo.InvariantCulture);

    private readonly record struct EntryEvaluation(int Points, DamageItemStatus Status, string Reason, bool UndatedRepeat);
}
