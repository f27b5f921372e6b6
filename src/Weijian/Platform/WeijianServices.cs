using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Files;
using Weijian.Platform.Persistence;
using Weijian.Platform.Users;

namespace Weijian.Platform;

/// <summary>Registers the application library: database, identity, calendar and every use-case handler.</summary>
public static class WeijianServices
{
    public static IServiceCollection AddWeijian(
        this IServiceCollection services, DatabaseSettings database, string? calendarDirectory = null, DocumentSettings? documents = null)
    {
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentActor>();
        services.AddSingleton(new CalendarSource(calendarDirectory ?? CalendarSource.DefaultShippedDirectory));
        services.AddSingleton(new FileStore(database));
        services.AddSingleton(_ => DocumentTemplates.LoadDirectory(DocumentTemplates.DefaultDirectory));
        services.AddSingleton(documents ?? DocumentSettings.Default);
        services.AddSingleton(_ => Enforcement.CaseFiles.EvaluationStandard.LoadFile(Enforcement.CaseFiles.EvaluationStandard.DefaultPath));
        services.AddScoped<DocumentIssuer>();

        if (database.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<SqliteWeijianDb>(o => o.UseSqlite(database.ConnectionString).AddInterceptors(NumberingTransaction.Interceptor));
            services.AddScoped<WeijianDb>(sp => sp.GetRequiredService<SqliteWeijianDb>());
        }
        else
        {
            services.AddDbContext<PostgresWeijianDb>(o => o.UseNpgsql(database.ConnectionString).AddInterceptors(NumberingTransaction.Interceptor));
            services.AddScoped<WeijianDb>(sp => sp.GetRequiredService<PostgresWeijianDb>());
        }

        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = true; // "confirmed" = active, see ActiveUserConfirmation
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<WeijianDb>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<WeijianClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<IUserConfirmation<User>, ActiveUserConfirmation>();

        foreach (var handler in HandlerTypes())
        {
            services.AddScoped(handler);
        }

        foreach (var (contract, subscriber) in EventSubscriberTypes())
        {
            services.AddScoped(contract, subscriber);
        }

        return services;
    }

    /// <summary>Domain-event subscribers: every concrete class implementing <see cref="IDomainEventSubscriber{TEvent}"/>.</summary>
    public static IEnumerable<(Type Contract, Type Subscriber)> EventSubscriberTypes() => typeof(WeijianServices).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false })
        .SelectMany(t => t.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventSubscriber<>))
            .Select(i => (i, t)));

    /// <summary>Use-case handlers: every concrete class named <c>…Handler</c> in this library.</summary>
    public static IEnumerable<Type> HandlerTypes() => typeof(WeijianServices).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Name.EndsWith("Handler", StringComparison.Ordinal)
            && t.GetMethod("HandleAsync", BindingFlags.Public | BindingFlags.Instance) is not null);
}
