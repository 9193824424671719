namespace AutoimmuneResistance.Lupus;

/// <summary>
/// A clinician's statement on a visit date about the patient's background (maintenance) therapy (JSON kind
/// <c>sle.maintenance-therapy-review</c>): what LLDAS criterion 5 and DORIS 2021 remission ask of that therapy, and a
/// list of therapy courses cannot show.
/// </summary>
/// <remarks>
/// <para>
/// LLDAS criterion 5 asks for "well-tolerated standard maintenance doses of immunosuppressive drugs and approved
/// biological agents, excluding investigational drugs" (Franklyn K, Lau CS, Navarra SV, et al. Ann Rheum Dis
/// 2016;75(9):1615-21, doi:10.1136/annrheumdis-2015-207726, Table 1); DORIS 2021 remission allows antimalarials,
/// immunosuppressants and biologics at stable maintenance doses (van Vollenhoven RF, Bertsias G, Doria A, et al. Lupus
/// Sci Med 2021;8:e000538, doi:10.1136/lupus-2021-000538, Table 2). Neither definition gives a rule for deriving
/// tolerability or stability from dose records, so the library does not guess them: the
/// <c>sle.refractory.not-at-target</c> rule reads this review when it is recorded on the visit date, and reports the
/// missing review as the data gap when it is not.
/// </para>
/// <para>
/// Each member is optional; <see langword="null"/> means not stated. The standard-dose caps of LLDAS (Golder 2016,
/// Table 3) are still checked from the therapy courses' regimens whatever this review says.
/// </para>
/// </remarks>
public sealed record MaintenanceTherapyReview : InstrumentAssessment
{
    /// <summary>Gets whether the immunosuppressants and approved biologics taken were well tolerated at standard maintenance doses (LLDAS criterion 5).</summary>
    public bool? WellTolerated { get; init; }

    /// <summary>Gets whether the antimalarials, immunosuppressants and biologics taken were at stable maintenance doses (DORIS 2021).</summary>
    public bool? Stable { get; init; }

    /// <summary>Gets whether an investigational drug was taken (LLDAS criterion 5 excludes them).</summary>
    public bool? InvestigationalDrug { get; init; }
}
