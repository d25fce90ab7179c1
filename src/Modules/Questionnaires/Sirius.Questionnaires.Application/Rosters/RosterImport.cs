using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Campaigns;
using Sirius.Questionnaires.Domain.Rosters;

namespace Sirius.Questionnaires.Application.Rosters;

/// <summary>
/// What both imports of apprentices (a roster file, a file of apprenticeship contracts) share: the campaign the actor
/// manages, the file read within its limits under a normalised header, each kept line's checks (formula-looking cells,
/// the address, duplicates in the file or on the campaign's roster) and the all-or-nothing save of the lines.
/// </summary>
internal sealed class RosterImport
{
    private readonly IQuestionnairesDb _db;
    private readonly AddressHasher _hasher;
    private readonly HashSet<string> _known;
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly List<RosterLine> _lines = [];
    private readonly List<RosterRejection> _rejections = [];

    private RosterImport(IQuestionnairesDb db, AddressHasher hasher, Campaign campaign, HashSet<string> known)
    {
        _db = db;
        _hasher = hasher;
        Campaign = campaign;
        _known = known;
    }

    public Campaign Campaign { get; }

    /// <summary>Starts an import into a campaign the actor manages (not found otherwise), knowing its roster's addresses.</summary>
    public static async Task<Result<RosterImport>> StartAsync(
        IQuestionnairesDb db, IMediator mediator, AddressHasher hasher, Guid actorId, Guid campaignId, CancellationToken cancellationToken)
    {
        if (await db.ManagedCampaignsAsync(mediator, actorId, cancellationToken) is not { } managed
            || await managed.FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken) is not { } campaign)
        {
            return Actors.CampaignNotFound;
        }

        var known = (await db.RosterEntries.AsNoTracking()
                .Where(e => e.CampaignId == campaignId && e.Email != null)
                .Select(e => e.Email!)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        return new RosterImport(db, hasher, campaign, known);
    }

    /// <summary>The CFD of a campaign's formation; empty when the catalogue never published it.</summary>
    public static async Task<string> CfdAsync(IQuestionnairesDb db, Campaign campaign, CancellationToken cancellationToken) =>
        await db.Formations.AsNoTracking().Where(f => f.Key == campaign.FormationKey).Select(f => f.Cfd).FirstOrDefaultAsync(cancellationToken) ?? "";

    /// <summary>
    /// Reads the file within the shape's limits: the size is checked first (when the stream knows it), then at most
    /// the header and one line more than allowed are read, so that a huge file is refused without being parsed whole.
    /// </summary>
    public static Result<RosterTable> Read(IRosterFileReader reader, string fileName, Stream content, RosterFileShape shape)
    {
        if (content.CanSeek && content.Length > shape.MaxBytes)
        {
            return RosterFormat.FileError($"Le fichier dépasse {shape.MaxBytes / 1024 / 1024} Mo.");
        }

        var read = reader.Read(fileName, content, shape.MaxLines + 2);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var rows = read.Value;
        if (rows.Count == 0 || rows[0].Line != 1)
        {
            return RosterFormat.FileError($"Le fichier est vide ou sa première ligne n’est pas l’en-tête « {shape.Header} ».");
        }

        if (rows.Count - 1 > shape.MaxLines)
        {
            return RosterFormat.FileError($"Le fichier compte plus de {shape.MaxLines} {shape.Noun} : découpez-le.");
        }

        var header = rows[0].Cells.Select(RosterFormat.Normalise).ToList();
        while (header.Count > 0 && header[^1].Length == 0)
        {
            header.RemoveAt(header.Count - 1);
        }

        return new RosterTable(header, rows.Skip(1).ToList());
    }

    /// <summary>Refuses the line when one of <paramref name="cells"/> could run as a spreadsheet formula; true when refused.</summary>
    public bool RefusesFormulas(int line, IEnumerable<string> cells)
    {
        if (!cells.Any(c => RosterLine.LooksLikeFormula(c.Trim())))
        {
            return false;
        }

        Reject(line, RosterLine.FormulaRefused);
        return true;
    }

    public void Reject(int line, string reason) => _rejections.Add(new RosterRejection(line, reason));

    /// <summary>Keeps a checked line, unless it was refused or its address is already in the file or on the roster.</summary>
    public void Add(int line, Result<RosterLine> checkedLine)
    {
        if (!checkedLine.IsSuccess)
        {
            Reject(line, checkedLine.Error!.Message);
        }
        else if (_seen.TryGetValue(checkedLine.Value.Email, out var first))
        {
            Reject(line, $"Doublon : l’adresse {checkedLine.Value.Email} figure déjà ligne {first}.");
        }
        else if (_known.Contains(checkedLine.Value.Email))
        {
            Reject(line, $"Doublon : l’adresse {checkedLine.Value.Email} est déjà dans la liste de cette campagne.");
        }
        else
        {
            _seen[checkedLine.Value.Email] = line;
            _lines.Add(checkedLine.Value);
        }
    }

    /// <summary>
    /// All or nothing: adds the kept lines to the roster when no line was rejected; otherwise the report lists the
    /// rejected lines and nothing is added. <paramref name="nothingKept"/> answers a file without any line to keep.
    /// </summary>
    public Result<RosterImportReport> Save(int fileLines, int ignored, Error nothingKept)
    {
        if (_rejections.Count > 0)
        {
            return new RosterImportReport(fileLines, 0, _rejections, ignored);
        }

        if (_lines.Count == 0)
        {
            return nothingKept;
        }

        _db.RosterEntries.AddRange(_lines.Select(l => RosterEntry.Create(Campaign.Id, l, _hasher)));
        return new RosterImportReport(fileLines, _lines.Count, [], ignored);
    }
}
