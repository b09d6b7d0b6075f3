#include "dialogs/storefaultdialog.h"

#include "pgstore/teamstore.h"

namespace ra {

QString storeFaultSummary(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotAStore: return StoreFaultDialog::tr("This file is not a RevAlign store.");
    case ErrorCode::Corrupt: return StoreFaultDialog::tr("The store file is damaged.");
    case ErrorCode::DiskFull: return StoreFaultDialog::tr("The disk holding the store is full.");
    case ErrorCode::SchemaTooNew: return StoreFaultDialog::tr("This store was written by a newer RevAlign.");
    case ErrorCode::Busy: return StoreFaultDialog::tr("The store is locked by another program.");
    case ErrorCode::ReadOnly: return StoreFaultDialog::tr("The store cannot be written.");
    case ErrorCode::NotFound: return StoreFaultDialog::tr("The store file does not exist.");
    case ErrorCode::Io: return StoreFaultDialog::tr("The store file cannot be read.");
    case ErrorCode::Cancelled: return StoreFaultDialog::tr("Loading was cancelled.");
    case ErrorCode::Unreachable: return StoreFaultDialog::tr("The team store's server cannot be reached.");
    case ErrorCode::AuthFailed: return StoreFaultDialog::tr("The team store refused the login.");
    default: return StoreFaultDialog::tr("The store could not be opened.");
    }
}

QString storeFaultAdvice(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotAStore:
        return StoreFaultDialog::tr("Choose a .db file created by RevAlign (File → New store… or the demo), "
                                    "or import your CSV bundle into a new store.");
    case ErrorCode::Corrupt:
        return StoreFaultDialog::tr("Restore it from a backup (a migration keeps one beside it as .bak-<version>), "
                                    "or import your CSV bundle into a new store.");
    case ErrorCode::DiskFull:
        return StoreFaultDialog::tr("Free some space on that disk and try again; nothing in the store was changed.");
    case ErrorCode::SchemaTooNew:
        return StoreFaultDialog::tr("Install the newer RevAlign to open it. This version leaves the file untouched.");
    case ErrorCode::Busy:
        return StoreFaultDialog::tr("Close the other RevAlign window or finish the running import (on a team store: "
                                    "wait for the other person's import, named below), then try again.");
    case ErrorCode::ReadOnly:
        return StoreFaultDialog::tr("Check the file's and its folder's permissions, or copy the store somewhere writable. "
                                    "On a team store, importing and settings need the admin role.");
    case ErrorCode::NotFound:
        return StoreFaultDialog::tr("It may have been moved or deleted. Open it from its new place, or create a new store.");
    case ErrorCode::Cancelled:
        return StoreFaultDialog::tr("Open the store again when you are ready.");
    case ErrorCode::Unreachable:
        return StoreFaultDialog::tr("Check the network and the server address. Until it is back, you can work on the "
                                    "last offline copy of the team store.");
    case ErrorCode::AuthFailed:
        return StoreFaultDialog::tr("Check the user name, and the password in ~/.pgpass, PGPASSWORD or the service "
                                    "file. RevAlign never stores passwords.");
    default:
        return StoreFaultDialog::tr("Try another store, or import the bundle into a new store.");
    }
}

StoreFaultDialog::StoreFaultDialog(const Error &error, const QString &path, QWidget *parent) : QMessageBox(parent)
{
    setWindowTitle(tr("Cannot open store"));
    setIcon(error.code == ErrorCode::Cancelled ? QMessageBox::Information : QMessageBox::Warning);
    setText(storeFaultSummary(error));
    setInformativeText(storeFaultAdvice(error));
    setDetailedText(tr("Store: %1\n%2").arg(isTeamStoreLocation(path) ? withoutPassword(path) : path, error.message));
    setStandardButtons(QMessageBox::Ok);
}

} // namespace ra
