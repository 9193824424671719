using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>The lupus evaluators' base: the core's <see cref="ResistanceEvaluator"/> for patients with lupus.</summary>
internal abstract class LupusEvaluator(string id, string title, ImmutableArray<MechanismId> mechanisms, ImmutableArray<Citation> sources)
    : ResistanceEvaluator(id, title, LupusIds.Sle, mechanisms, sources);
