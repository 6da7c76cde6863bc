// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/fields.h"

#include <QCoreApplication>

#include <array>

namespace comptoir::import {

namespace {

struct FieldInfo
{
    Field field;
    const char *key;
    const char *label;
    const char *group;
    // Synonyms, already normalised (see normaliseHeader). French and English.
    std::initializer_list<const char *> names;
};

const std::array<FieldInfo, 28> &table()
{
    static const std::array<FieldInfo, 28> fields = { {
        { Field::ExternalId, "external_id", QT_TRANSLATE_NOOP("ImportField", "External id"), "deal",
          { "externalid", "id", "dealid", "opportunityid", "recordid", "iddetransaction", "idaffaire",
            "identifiant", "reference", "ref", "dealdealid", "iddelaffaire" } },
        { Field::Title, "title", QT_TRANSLATE_NOOP("ImportField", "Title"), "deal",
          { "title", "name", "dealname", "opportunityname", "nomdelaffaire", "affaire", "titre",
            "deal", "dealtitle", "opportunity", "intitule", "nomdelelement", "nomdelatransaction",
            "dealdealtitle", "opportunite", "libelle" } },
        { Field::Amount, "amount", QT_TRANSLATE_NOOP("ImportField", "Amount"), "deal",
          { "amount", "montant", "value", "closevalue", "dealvalue", "valeur", "montantht", "total",
            "dealamount", "expectedrevenue", "amountamount", "revenue",
            "dealdealvalue", "chiffredaffaires", "ca" } },
        { Field::Currency, "currency", QT_TRANSLATE_NOOP("ImportField", "Currency"), "deal",
          { "currency", "devise", "currencyisocode", "monnaie", "dealcurrency", "currencycode",
            "amountcurrency", "dealcurrencyofvalue" } },
        { Field::Stage, "stage", QT_TRANSLATE_NOOP("ImportField", "Stage"), "deal",
          { "stage", "stagename", "etape", "dealstage", "phase", "statut", "status", "stageid",
            "etapedelatransaction", "etapedelaffaire", "dealdealstage", "dealdealstatus" } },
        { Field::Pipeline, "pipeline", QT_TRANSLATE_NOOP("ImportField", "Pipeline"), "deal",
          { "pipeline", "pipelinename", "tunnel", "tunneldevente", "entonnoir", "salesfunnel",
            "dealdealpipeline", "pipelinedevente" } },
        { Field::Responsible, "responsible", QT_TRANSLATE_NOOP("ImportField", "Responsible"), "deal",
          { "responsible", "responsable", "owner", "dealowner", "opportunityowner", "salesagent",
            "assignedto", "vendeur", "commercial", "responsibleperson", "salesperson",
            "dealdealowner", "proprietaire", "attribuea" } },
        { Field::Type, "type", QT_TRANSLATE_NOOP("ImportField", "Type"), "deal",
          { "type", "dealtype", "typedaffaire", "typedetransaction", "typeid" } },
        { Field::Source, "source", QT_TRANSLATE_NOOP("ImportField", "Source"), "deal",
          { "source", "leadsource", "origine", "dealsource", "sourceid", "dealsourceorigin",
            "provenance" } },
        { Field::BeginDate, "begin_date", QT_TRANSLATE_NOOP("ImportField", "Begin date"), "deal",
          { "begindate", "startdate", "datededebut", "engagedate", "opendate", "debut" } },
        { Field::CloseDate, "close_date", QT_TRANSLATE_NOOP("ImportField", "Close date"), "deal",
          { "closedate", "datedecloture", "closingdate", "expectedclosedate", "enddate",
            "datedefin", "datedeadline", "expectedclosing", "dealexpectedclosedate", "cloture",
            "datedeclotureprevue" } },
        { Field::Probability, "probability", QT_TRANSLATE_NOOP("ImportField", "Probability"), "deal",
          { "probability", "probabilite", "probabilitypercent", "dealprobability" } },
        { Field::Comment, "comment", QT_TRANSLATE_NOOP("ImportField", "Comment"), "deal",
          { "comment", "comments", "description", "commentaire", "commentaires", "notes", "note" } },
        { Field::CreatedDate, "created_date", QT_TRANSLATE_NOOP("ImportField", "Created date"), "deal",
          { "createddate", "createdate", "datedecreation", "created", "createdat", "creationdate",
            "createdon", "creele", "dealdealcreated", "datecreate" } },
        { Field::CompanyName, "company_name", QT_TRANSLATE_NOOP("ImportField", "Company name"), "client",
          { "company", "entreprise", "societe", "account", "accountname", "companyname",
            "associatedcompany", "organisation", "organization", "organizationname", "client",
            "raisonsociale", "customername", "nomdelentreprise", "dealorganization",
            "organizationname", "partnername" } },
        { Field::ContactFirstName, "contact_first_name", QT_TRANSLATE_NOOP("ImportField", "Contact first name"),
          "client", { "firstname", "prenom", "contactfirstname", "givenname" } },
        { Field::ContactLastName, "contact_last_name", QT_TRANSLATE_NOOP("ImportField", "Contact last name"),
          "client", { "lastname", "nomdefamille", "contactlastname", "nom", "surname", "familyname" } },
        { Field::ContactFullName, "contact_full_name", QT_TRANSLATE_NOOP("ImportField", "Contact name"),
          "client", { "contact", "contactname", "fullname", "contactperson", "associatedcontact",
                      "personne", "nomcomplet", "person", "nomducontact", "dealcontactperson",
                      "pointofcontact", "interlocuteur" } },
        { Field::Email, "email", QT_TRANSLATE_NOOP("ImportField", "E-mail"), "client",
          { "email", "mail", "courriel", "adresseemail", "emailaddress", "adressemail", "workemail",
            "emailfrom", "personemailwork", "emailprofessionnel" } },
        { Field::Phone, "phone", QT_TRANSLATE_NOOP("ImportField", "Phone"), "client",
          { "phone", "telephone", "tel", "mobile", "phonenumber", "portable", "workphone",
            "personphonework", "numerodetelephone" } },
        { Field::ProductName, "product_name", QT_TRANSLATE_NOOP("ImportField", "Product"), "product",
          { "product", "produit", "productname", "nomduproduit", "article", "dealproductname",
            "products" } },
        { Field::Quantity, "quantity", QT_TRANSLATE_NOOP("ImportField", "Quantity"), "product",
          { "quantity", "quantite", "qty", "qte", "dealproductquantity" } },
        { Field::Price, "price", QT_TRANSLATE_NOOP("ImportField", "Price"), "product",
          { "price", "prix", "unitprice", "prixunitaire", "salesprice", "listprice", "dealproductamount" } },
        { Field::Discount, "discount", QT_TRANSLATE_NOOP("ImportField", "Discount"), "product",
          { "discount", "remise", "reduction", "rabais" } },
        { Field::Tax, "tax", QT_TRANSLATE_NOOP("ImportField", "Tax rate"), "product",
          { "tax", "taxe", "tva", "taxrate", "vat", "tauxdetva", "taxvalue" } },
        { Field::ActivityDate, "activity_date", QT_TRANSLATE_NOOP("ImportField", "Activity date"), "activity",
          { "activitydate", "dateactivite", "datedelactivite", "date", "dateheure", "datetime", "when",
            "eventdate", "activitydatetime", "duedate", "echeance" } },
        { Field::ActivityType, "activity_type", QT_TRANSLATE_NOOP("ImportField", "Activity type"), "activity",
          { "activitytype", "typedactivite", "typedelactivite", "eventtype", "tasksubtype", "kind" } },
        { Field::ActivityText, "activity_text", QT_TRANSLATE_NOOP("ImportField", "Activity text"), "activity",
          { "activitytext", "text", "texte", "subject", "sujet", "objet", "body", "contenu", "message",
            "activity", "activite", "event", "evenement" } },
    } };
    return fields;
}

const FieldInfo *info(Field field)
{
    for (const FieldInfo &f : table()) {
        if (f.field == field)
            return &f;
    }
    return nullptr;
}

using Pairs = std::initializer_list<std::pair<const char *, Field>>;

Preset makePreset(const char *key, const char *name, Pairs pairs)
{
    Preset preset { QString::fromLatin1(key), QCoreApplication::translate("ImportPreset", name), {} };
    for (const auto &[header, field] : pairs)
        preset.headers.insert(normaliseHeader(QString::fromUtf8(header)), field);
    return preset;
}

} // namespace

QList<Field> allFields()
{
    return fieldsFor(ImportKind::Deals);
}

QString fieldKey(Field field)
{
    const FieldInfo *f = info(field);
    return f ? QString::fromLatin1(f->key) : QStringLiteral("ignore");
}

std::optional<Field> fieldFromKey(QStringView key)
{
    if (key.compare(QLatin1String("ignore"), Qt::CaseInsensitive) == 0)
        return Field::Ignore;
    for (const FieldInfo &f : table()) {
        if (key.compare(QLatin1String(f.key), Qt::CaseInsensitive) == 0)
            return f.field;
    }
    return std::nullopt;
}

QString fieldLabel(Field field)
{
    const FieldInfo *f = info(field);
    return f ? QCoreApplication::translate("ImportField", f->label)
             : QCoreApplication::translate("ImportField", "Ignore");
}

QString fieldGroup(Field field)
{
    const FieldInfo *f = info(field);
    return f ? QString::fromLatin1(f->group) : QString();
}

QString normaliseHeader(QStringView header)
{
    const QString decomposed = header.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

Field matchHeader(QStringView header)
{
    const QString key = normaliseHeader(header);
    if (key.isEmpty())
        return Field::Ignore;
    for (const FieldInfo &f : table()) {
        for (const char *name : f.names) {
            if (key == QLatin1String(name))
                return f.field;
        }
    }
    return Field::Ignore;
}

QList<Preset> presets()
{
    using F = Field;
    static const QList<Preset> list = {
        makePreset("generic", QT_TRANSLATE_NOOP("ImportPreset", "Generic (header names)"), {}),
        makePreset("salesforce", QT_TRANSLATE_NOOP("ImportPreset", "Salesforce opportunities"),
                   { { "Id", F::ExternalId }, { "Name", F::Title }, { "Opportunity Name", F::Title },
                     { "StageName", F::Stage }, { "Stage", F::Stage }, { "Amount", F::Amount },
                     { "Probability", F::Probability }, { "Probability (%)", F::Probability },
                     { "CloseDate", F::CloseDate }, { "Close Date", F::CloseDate },
                     { "Type", F::Type }, { "LeadSource", F::Source }, { "Lead Source", F::Source },
                     { "Description", F::Comment }, { "CreatedDate", F::CreatedDate },
                     { "Created Date", F::CreatedDate }, { "Account Name", F::CompanyName },
                     { "Opportunity Owner", F::Responsible }, { "CurrencyIsoCode", F::Currency },
                     { "AccountId", F::Ignore }, { "OwnerId", F::Ignore }, { "ExpectedRevenue", F::Ignore } }),
        makePreset("hubspot", QT_TRANSLATE_NOOP("ImportPreset", "HubSpot deals"),
                   { { "Record ID", F::ExternalId }, { "Deal Name", F::Title }, { "Deal Stage", F::Stage },
                     { "Close Date", F::CloseDate }, { "Deal owner", F::Responsible },
                     { "Amount", F::Amount }, { "Pipeline", F::Pipeline }, { "Create Date", F::CreatedDate },
                     { "Associated Company", F::CompanyName }, { "Deal Type", F::Type },
                     { "Associated Product", F::ProductName } }),
        makePreset("pipedrive", QT_TRANSLATE_NOOP("ImportPreset", "Pipedrive deals"),
                   { { "Deal - ID", F::ExternalId }, { "Deal - Title", F::Title }, { "Deal - Owner", F::Responsible },
                     { "Deal - Value", F::Amount }, { "Deal - Currency of Value", F::Currency },
                     { "Deal - Probability", F::Probability }, { "Deal - Organization", F::CompanyName },
                     { "Organization - Name", F::CompanyName }, { "Deal - Pipeline", F::Pipeline },
                     { "Deal - Contact person", F::ContactFullName }, { "Deal - Stage", F::Stage },
                     { "Deal - Status", F::Ignore }, { "Deal - Deal created", F::CreatedDate },
                     { "Deal - Expected close date", F::CloseDate }, { "Deal - Product quantity", F::Quantity },
                     { "Deal - Product amount", F::Price }, { "Deal - Product name", F::ProductName },
                     { "Deal - Source origin", F::Source }, { "Person - Email - Work", F::Email },
                     { "Person - Phone - Work", F::Phone }, { "Deal - Weighted value", F::Ignore } }),
        makePreset("odoo", QT_TRANSLATE_NOOP("ImportPreset", "Odoo opportunities"),
                   { { "External ID", F::ExternalId }, { "id", F::ExternalId }, { "Name", F::Title },
                     { "Opportunity", F::Title }, { "Customer Name", F::CompanyName }, { "Customer", F::CompanyName },
                     { "partner_name", F::CompanyName }, { "Contact Name", F::ContactFullName },
                     { "contact_name", F::ContactFullName }, { "Email", F::Email }, { "email_from", F::Email },
                     { "Phone", F::Phone }, { "Notes", F::Comment }, { "expected_revenue", F::Amount },
                     { "Expected Revenue", F::Amount }, { "probability", F::Probability }, { "stage_id", F::Stage },
                     { "Stage", F::Stage }, { "user_id", F::Responsible }, { "Sales Person", F::Responsible },
                     { "date_deadline", F::CloseDate }, { "Deadline", F::CloseDate },
                     { "Expected Closing", F::CloseDate }, { "create_date", F::CreatedDate }, { "Source", F::Source } }),
        makePreset("twenty", QT_TRANSLATE_NOOP("ImportPreset", "Twenty opportunities"),
                   { { "Id", F::ExternalId }, { "Name", F::Title }, { "Amount / Amount", F::Amount },
                     { "Amount / Currency", F::Currency }, { "Close date", F::CloseDate },
                     { "Probability", F::Probability }, { "Stage", F::Stage }, { "Company Id", F::Ignore },
                     { "Point of Contact Id", F::Ignore } }),
        makePreset("bitrix24-en", QT_TRANSLATE_NOOP("ImportPreset", "Bitrix24 deals (English)"),
                   { { "ID", F::ExternalId }, { "Name", F::Title }, { "Title", F::Title }, { "Deal stage", F::Stage },
                     { "Stage", F::Stage }, { "Pipeline", F::Pipeline }, { "Sales Funnel", F::Pipeline },
                     { "Total", F::Amount }, { "Amount", F::Amount }, { "Currency", F::Currency },
                     { "Probability", F::Probability }, { "Responsible person", F::Responsible },
                     { "Responsible", F::Responsible }, { "Start date", F::BeginDate }, { "End date", F::CloseDate },
                     { "Close Date", F::CloseDate }, { "Company", F::CompanyName }, { "Contact", F::ContactFullName },
                     { "Comment", F::Comment }, { "Created on", F::CreatedDate }, { "Source", F::Source },
                     { "Type", F::Type }, { "Products", F::ProductName }, { "Product", F::ProductName },
                     { "Price", F::Price }, { "Quantity", F::Quantity }, { "Stage group", F::Ignore } }),
        makePreset("bitrix24-fr", QT_TRANSLATE_NOOP("ImportPreset", "Bitrix24 transactions (French)"),
                   { { "ID", F::ExternalId }, { "Nom", F::Title }, { "Nom de l'élément", F::Title },
                     { "Nom de la transaction", F::Title }, { "Étape", F::Stage }, { "Étape de la transaction", F::Stage },
                     { "Pipeline", F::Pipeline }, { "Tunnel de vente", F::Pipeline }, { "Total", F::Amount },
                     { "Montant", F::Amount }, { "Devise", F::Currency }, { "Probabilité", F::Probability },
                     { "Responsable", F::Responsible }, { "Personne responsable", F::Responsible },
                     { "Date de début", F::BeginDate }, { "Date de fin", F::CloseDate },
                     { "Date de clôture", F::CloseDate }, { "Entreprise", F::CompanyName },
                     { "Nom de l'entreprise", F::CompanyName }, { "Contact", F::ContactFullName },
                     { "Commentaire", F::Comment }, { "Créé le", F::CreatedDate }, { "Source", F::Source },
                     { "Type", F::Type }, { "Produits", F::ProductName }, { "Produit", F::ProductName },
                     { "Prix", F::Price }, { "Quantité", F::Quantity }, { "Groupe d'étapes", F::Ignore } }),
        makePreset("maven", QT_TRANSLATE_NOOP("ImportPreset", "Maven CRM sample (sales pipeline)"),
                   { { "opportunity_id", F::ExternalId }, { "sales_agent", F::Responsible },
                     { "product", F::ProductName }, { "account", F::CompanyName }, { "deal_stage", F::Stage },
                     { "engage_date", F::BeginDate }, { "close_date", F::CloseDate }, { "close_value", F::Amount } }),
    };
    return list;
}

std::optional<Preset> presetByKey(QStringView key)
{
    for (const Preset &p : presets()) {
        if (key.compare(p.key, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<Preset> recognisePreset(const QStringList &header)
{
    std::optional<Preset> best;
    int bestHits = 0;
    for (const Preset &p : presets()) {
        int hits = 0;
        for (const QString &name : header)
            hits += p.headers.contains(normaliseHeader(name)) ? 1 : 0;
        if (hits > bestHits && hits * 2 >= header.size()) {
            best = p;
            bestHits = hits;
        }
    }
    return best;
}

QList<Field> autoMap(const QStringList &header, const Preset *preset)
{
    return autoMapFor(ImportKind::Deals, header, preset);
}

} // namespace comptoir::import
