namespace AutoimmuneResistance;

/// <summary>One record on its way through a cohort run: an in-memory profile, raw JSON to read, or a reading error.</summary>
internal readonly record struct CohortInput(long Index, long? Line, PatientProfile? Profile, byte[]? Utf8Json, EvaluationDiagnostic? Error);
