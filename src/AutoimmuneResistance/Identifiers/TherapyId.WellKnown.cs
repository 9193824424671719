namespace AutoimmuneResistance;

// The therapies of the built-in TherapyCatalog, named by substance (or procedure), never by brand.
public readonly partial record struct TherapyId
{
    /// <summary>The therapy <c>prednisone</c>.</summary>
    public static TherapyId Prednisone { get; } = new("prednisone");

    /// <summary>The therapy <c>prednisolone</c>.</summary>
    public static TherapyId Prednisolone { get; } = new("prednisolone");

    /// <summary>The therapy <c>methylprednisolone</c>.</summary>
    public static TherapyId Methylprednisolone { get; } = new("methylprednisolone");

    /// <summary>The therapy <c>hydrocortisone</c>.</summary>
    public static TherapyId Hydrocortisone { get; } = new("hydrocortisone");

    /// <summary>The therapy <c>dexamethasone</c>.</summary>
    public static TherapyId Dexamethasone { get; } = new("dexamethasone");

    /// <summary>The therapy <c>hydroxychloroquine</c>.</summary>
    public static TherapyId Hydroxychloroquine { get; } = new("hydroxychloroquine");

    /// <summary>The therapy <c>chloroquine</c>.</summary>
    public static TherapyId Chloroquine { get; } = new("chloroquine");

    /// <summary>The therapy <c>mycophenolate-mofetil</c>.</summary>
    public static TherapyId MycophenolateMofetil { get; } = new("mycophenolate-mofetil");

    /// <summary>The therapy <c>mycophenolic-acid</c>.</summary>
    public static TherapyId MycophenolicAcid { get; } = new("mycophenolic-acid");

    /// <summary>The therapy <c>azathioprine</c>.</summary>
    public static TherapyId Azathioprine { get; } = new("azathioprine");

    /// <summary>The therapy <c>methotrexate</c>.</summary>
    public static TherapyId Methotrexate { get; } = new("methotrexate");

    /// <summary>The therapy <c>leflunomide</c>.</summary>
    public static TherapyId Leflunomide { get; } = new("leflunomide");

    /// <summary>The therapy <c>cyclophosphamide</c>.</summary>
    public static TherapyId Cyclophosphamide { get; } = new("cyclophosphamide");

    /// <summary>The therapy <c>tacrolimus</c>.</summary>
    public static TherapyId Tacrolimus { get; } = new("tacrolimus");

    /// <summary>The therapy <c>voclosporin</c>.</summary>
    public static TherapyId Voclosporin { get; } = new("voclosporin");

    /// <summary>The therapy <c>ciclosporin</c>.</summary>
    public static TherapyId Ciclosporin { get; } = new("ciclosporin");

    /// <summary>The therapy <c>belimumab</c>.</summary>
    public static TherapyId Belimumab { get; } = new("belimumab");

    /// <summary>The therapy <c>rituximab</c>.</summary>
    public static TherapyId Rituximab { get; } = new("rituximab");

    /// <summary>The therapy <c>obinutuzumab</c>.</summary>
    public static TherapyId Obinutuzumab { get; } = new("obinutuzumab");

    /// <summary>The therapy <c>anifrolumab</c>.</summary>
    public static TherapyId Anifrolumab { get; } = new("anifrolumab");

    /// <summary>The therapy <c>tocilizumab</c>.</summary>
    public static TherapyId Tocilizumab { get; } = new("tocilizumab");

    /// <summary>The therapy <c>nintedanib</c>.</summary>
    public static TherapyId Nintedanib { get; } = new("nintedanib");

    /// <summary>The therapy <c>autologous-stem-cell-transplant</c>.</summary>
    public static TherapyId AutologousStemCellTransplant { get; } = new("autologous-stem-cell-transplant");

    /// <summary>The therapy <c>cd19-car-t</c>.</summary>
    public static TherapyId Cd19CarT { get; } = new("cd19-car-t");
}
