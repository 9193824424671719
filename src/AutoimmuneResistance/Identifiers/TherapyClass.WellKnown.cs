namespace AutoimmuneResistance;

// Classes of the therapies in the built-in TherapyCatalog; modules and users may add others.
public readonly partial record struct TherapyClass
{
    /// <summary>Systemic glucocorticoids (ATC H02AB) (<c>glucocorticoid</c>).</summary>
    public static TherapyClass Glucocorticoid { get; } = new("glucocorticoid");

    /// <summary>Antimalarials used as immunomodulators: hydroxychloroquine, chloroquine (<c>antimalarial</c>).</summary>
    public static TherapyClass Antimalarial { get; } = new("antimalarial");

    /// <summary>Antimetabolite immunosuppressants: mycophenolate, azathioprine, methotrexate, leflunomide (<c>antimetabolite</c>).</summary>
    public static TherapyClass Antimetabolite { get; } = new("antimetabolite");

    /// <summary>Alkylating agents: cyclophosphamide (<c>alkylating-agent</c>).</summary>
    public static TherapyClass AlkylatingAgent { get; } = new("alkylating-agent");

    /// <summary>Calcineurin inhibitors: tacrolimus, voclosporin, ciclosporin (<c>calcineurin-inhibitor</c>).</summary>
    public static TherapyClass CalcineurinInhibitor { get; } = new("calcineurin-inhibitor");

    /// <summary>B-lymphocyte stimulator (BLyS/BAFF) inhibitors: belimumab (<c>blys-inhibitor</c>).</summary>
    public static TherapyClass BlysInhibitor { get; } = new("blys-inhibitor");

    /// <summary>B-cell depleting anti-CD20 antibodies: rituximab, obinutuzumab (<c>anti-cd20</c>).</summary>
    public static TherapyClass AntiCd20 { get; } = new("anti-cd20");

    /// <summary>Type I interferon receptor antagonists: anifrolumab (<c>type-i-interferon-receptor-antagonist</c>).</summary>
    public static TherapyClass InterferonReceptorAntagonist { get; } = new("type-i-interferon-receptor-antagonist");

    /// <summary>Interleukin-6 receptor antagonists: tocilizumab (<c>il-6-receptor-antagonist</c>).</summary>
    public static TherapyClass Il6ReceptorAntagonist { get; } = new("il-6-receptor-antagonist");

    /// <summary>Antifibrotic tyrosine kinase inhibitors: nintedanib (<c>tyrosine-kinase-inhibitor</c>).</summary>
    public static TherapyClass TyrosineKinaseInhibitor { get; } = new("tyrosine-kinase-inhibitor");

    /// <summary>Autologous haematopoietic stem-cell transplantation (<c>stem-cell-transplant</c>).</summary>
    public static TherapyClass StemCellTransplant { get; } = new("stem-cell-transplant");

    /// <summary>Engineered cellular therapies such as CD19 CAR-T cells (<c>cellular-therapy</c>).</summary>
    public static TherapyClass CellularTherapy { get; } = new("cellular-therapy");
}
