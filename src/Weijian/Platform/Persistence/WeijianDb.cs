using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Audit;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Organizations;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;
using Weijian.Platform.Users;

namespace Weijian.Platform.Persistence;

/// <summary>
/// The one database context. Two concrete subclasses (<see cref="SqliteWeijianDb"/>, <see cref="PostgresWeijianDb"/>)
/// carry one migration set each. It enforces two platform guarantees:
/// tenancy (every <see cref="ITenantOwned"/> query is filtered to the actor's organisation and writes into another
/// organisation are refused) and the audit chain (queued <see cref="AuditEvent"/>s are appended in the same
/// transaction as the change they describe).
/// </summary>
public abstract class WeijianDb : IdentityDbContext<User, Role, Guid>
{
    private readonly CurrentActor _actor;
    private readonly TimeProvider _clock;
    private readonly List<AuditEvent> _pendingAudit = [];
    private readonly HashSet<Guid> _pushDownTo = [];
    private readonly List<object> _pendingEvents = [];
    private readonly IServiceProvider? _services;
    private bool _dispatching;

    protected WeijianDb(DbContextOptions options, CurrentActor actor, TimeProvider clock, IServiceProvider? services = null)
        : base(options)
    {
        _actor = actor;
        _clock = clock;
        _services = services;
    }

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DeadlineClock> DeadlineClocks => Set<DeadlineClock>();

    public DbSet<CalendarYearRecord> CalendarYears => Set<CalendarYearRecord>();

    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    public DbSet<RuleParameter> RuleParameters => Set<RuleParameter>();

    public Actor Actor => _actor.Value;

    /// <summary>The actor's organisation (null for the system and for anonymous visitors).</summary>
    protected Guid? TenantId => _actor.Value.OrganizationId;

    /// <summary>
    /// Read by the query filters; EF evaluates it per query, so one context model serves every tenant: the actor's
    /// organisation, or <see cref="Guid.Empty"/> (matching nothing) for an actor without one. With <see cref="AllTenants"/>
    /// inlined as a constant the filter reaches SQL as plain <c>organization_id = @scope</c> — an equality every index led
    /// by organization_id serves, on SQLite too — and as no condition at all for the system.
    /// </summary>
    protected Guid? TenantScope => _actor.Value.OrganizationId ?? Guid.Empty;

    protected bool AllTenants => _actor.Value.IsSystem;

    /// <summary>Queues an audit entry; it is chained and inserted by the next <see cref="SaveChangesAsync(bool, CancellationToken)"/>.</summary>
    public void Audit(Guid organizationId, string action, string subjectType, string subjectId, object? payload) =>
        _pendingAudit.Add(new AuditEvent(organizationId, action, subjectType, subjectId, payload));

    /// <summary>
    /// The explicit push-down path (a plan issues tasks to the bureaus below it): this unit of work may ADD rows owned by
    /// these organisations. Only <see cref="Organizations.OrganizationScope.PushDownToBureausAsync"/> calls it, after it
    /// has checked that they are in the actor's subtree; modifying or deleting their rows stays refused.
    /// </summary>
    internal void PermitAddsFor(IEnumerable<Guid> organizationIds) => _pushDownTo.UnionWith(organizationIds);

    /// <summary>
    /// Records a domain fact for the modules that subscribe to it (<see cref="IDomainEventSubscriber{TEvent}"/>); they
    /// run at the next <see cref="SaveChangesAsync(bool, CancellationToken)"/>, inside the same transaction.
    /// </summary>
    public void Raise<TEvent>(TEvent domainEvent)
        where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        _pendingEvents.Add(domainEvent);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: audit appends need the asynchronous path.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await DispatchPendingEventsAsync(cancellationToken);
        RejectCrossTenantWrites();
        if (_pendingAudit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            await AppendPendingAuditAsync(cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            _pendingAudit.Clear();
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>Runs the subscribers of each raised fact; a subscriber may raise further facts, which run in turn.</summary>
    private async Task DispatchPendingEventsAsync(CancellationToken cancellationToken)
    {
        if (_dispatching)
        {
            throw new InvalidOperationException("A domain-event subscriber must not save; the raising unit of work saves once.");
        }

        _dispatching = true;
        try
        {
            while (_pendingEvents.Count > 0)
            {
                var batch = _pendingEvents.ToList();
                _pendingEvents.Clear();
                foreach (var domainEvent in batch)
                {
                    var subscriberType = typeof(IDomainEventSubscriber<>).MakeGenericType(domainEvent.GetType());
                    var services = _services ?? throw new InvalidOperationException("Domain events need the application's services.");
                    foreach (var subscriber in (IEnumerable<object?>)services.GetService(typeof(IEnumerable<>).MakeGenericType(subscriberType))!)
                    {
                        var task = (Task)subscriberType.GetMethod(nameof(IDomainEventSubscriber<object>.OnAsync))!.Invoke(subscriber, [domainEvent, cancellationToken])!;
                        await task;
                    }
                }
            }
        }
        finally
        {
            _dispatching = false;
        }
    }

    /// <summary>Serialises appends to one organisation's chain until the transaction ends (PostgreSQL: advisory lock).</summary>
    protected abstract Task LockAuditChainAsync(Guid organizationId, CancellationToken cancellationToken);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WeijianDb).Assembly);

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).HasQueryFilter(TenantFilter(entity.ClrType));
        }

        SnakeCaseNaming.Apply(builder);
    }

    private LambdaExpression TenantFilter(Type type)
    {
        // e => EF.Constant(AllTenants) || e.OrganizationId == TenantScope. The flag is inlined as a constant (one cached SQL
        // shape for each value), so the SQL for a tenant is the plain equality and for the system carries no condition.
        var e = Expression.Parameter(type, "e");
        var self = Expression.Constant(this);
        var all = Expression.Call(typeof(EF).GetMethod(nameof(EF.Constant))!.MakeGenericMethod(typeof(bool)), Expression.Property(self, nameof(AllTenants)));
        var org = Expression.Convert(Expression.Property(e, nameof(ITenantOwned.OrganizationId)), typeof(Guid?));
        return Expression.Lambda(Expression.OrElse(all, Expression.Equal(org, Expression.Property(self, nameof(TenantScope)))), e);
    }

    private void RejectCrossTenantWrites()
    {
        if (AllTenants)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity is not AuditEntry
                && entry.Entity.OrganizationId != TenantId
                && !(entry.State == EntityState.Added && _pushDownTo.Contains(entry.Entity.OrganizationId)))
            {
                throw DomainRuleException.NotFound("tenancy.cross-organization-write", "记录不存在或不属于本单位");
            }
        }
    }

    private async Task AppendPendingAuditAsync(CancellationToken ct)
    {
        var actor = _actor.Value;
        var now = _clock.GetUtcNow();
        foreach (var group in _pendingAudit.GroupBy(e => e.OrganizationId).OrderBy(g => g.Key))
        {
            await LockAuditChainAsync(group.Key, ct);
            var head = await AuditEntries.IgnoreQueryFilters()
                .Where(a => a.OrganizationId == group.Key)
                .OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash })
                .FirstOrDefaultAsync(ct);
            var sequence = head?.Sequence ?? 0;
            var previous = head?.Hash ?? AuditEntry.GenesisHash;
            foreach (var e in group)
            {
                var entry = AuditEntry.Chain(e, ++sequence, previous, now, actor.UserId, actor.Name);
                AuditEntries.Add(entry);
                previous = entry.Hash;
            }
        }
    }
}
