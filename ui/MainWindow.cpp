#include "MainWindow.h"

#include "AreaStack.h"
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "Messages.h"
#include "office/OfficeProfile.h"
#include "pages/AuditPage.h"
#include "pages/CashBookPage.h"
#include "pages/StockPage.h"
#include "pages/RecordRoomPages.h"
#include "pages/QualityPages.h"
#include "pages/ReadinessPage.h"
#include "pages/MeetingsPages.h"
#include "pages/BackupPage.h"
#include "pages/FrontOfficePages.h"
#include "pages/HomePage.h"
#include "pages/MasterPage.h"
#include "pages/ReportPage.h"
#include "pages/VitalEventsPage.h"
#include "pages/FamilyPage.h"
#include "pages/AttendancePage.h"
#include "pages/ProceduresPage.h"
#include "pages/NoticesPage.h"
#include "pages/OfficePage.h"
#include "pages/OfficePrinting.h"
#include "registers/FieldsDialog.h"
#include "registers/RegisterPage.h"
#include "pages/UsersPage.h"
#include "storage/Backup.h"
#include "documents/HelpPrintouts.h"
#include "PrintPreview.h"

#include "AfterFirstPaint.h"
#include "HindiKeyboard.h"
#include "SearchResults.h"
#include "WholeText.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QApplication>
#include <QPainter>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace gd::ui {

namespace {

// An area's name in the navigation list, with its key (Ctrl+2) in grey at the right.
class AreaKeyDelegate : public QStyledItemDelegate {
public:
    static constexpr int KeyRole = Qt::UserRole + 1;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString key = index.data(KeyRole).toString();
        if (key.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // The row's whole band first, then the name in what the key leaves (it elides there).
        QStyleOptionViewItem whole(option);
        initStyleOption(&whole, index);
        whole.text.clear();
        const QWidget *view = option.widget;
        QStyle *style = view ? view->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &whole, painter, view);
        QStyleOptionViewItem opt(option);
        opt.rect.setRight(opt.rect.right() - opt.fontMetrics.horizontalAdvance(key) - 6);
        opt.state &= ~QStyle::State_HasFocus;  // the band above drew the focus once, whole
        QStyledItemDelegate::paint(painter, opt, index);
        painter->save();
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.8);
        painter->setFont(small);
        const bool chosen = option.state & QStyle::State_Selected;
        painter->setPen(option.palette.color(chosen ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(option.rect.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, key);
        painter->restore();
    }
};

}  // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent) : QMainWindow(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    showWholeTexts();
    // As large as the screen leaves room for (the window opens maximised; this is its size before that, and
    // on a desktop without a window manager).
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(room.size());
    buildLayout();
    wireSearch();
    addPages();
    buildStatusBar();
    buildMenus();
    connect(&workspace, &Workspace::userChanged, this, &MainWindow::retranslate);
    // Hindi typing as this user left it.
    HindiKeyboard::instance().setUser(workspace.user().userName);
    connect(&workspace, &Workspace::userChanged, this, [this] { HindiKeyboard::instance().setUser(m_workspace.user().userName); });
    retranslate();
    showArea(firstArea());
}

// The areas' list beside the area shown, under one search box.
void MainWindow::buildLayout()
{
    auto *splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("areaNavigationList"));
    m_navigation->setMaximumWidth(260);
    m_navigation->setMinimumWidth(180);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(3);
    // The area in view fills the window; on a screen too small for it (1024×768) it scrolls instead of pushing
    // the window, its buttons and the status bar past the screen's edge.
    auto *scroller = new QScrollArea(splitter);
    scroller->setObjectName(QStringLiteral("areaScroller"));
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setWidgetResizable(true);
    m_stack = new AreaStack(scroller);
    m_stack->setObjectName(QStringLiteral("areaStack"));
    scroller->setWidget(m_stack);
    splitter->addWidget(m_navigation);
    splitter->addWidget(scroller);
    splitter->setStretchFactor(1, 1);
    // One search box over the file index and every register, above everything.
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 4, 0, 0);
    m_searchBox = new QLineEdit(central);
    m_searchBox->setObjectName(QStringLiteral("globalSearchBox"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->installEventFilter(this);
    QFont searchFont = m_searchBox->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.15);
    m_searchBox->setFont(searchFont);
    column->addWidget(m_searchBox);
    column->addWidget(splitter, 1);
    setCentralWidget(central);
}

// The search over the file index and every register: as the clerk types, and at once on Enter (a barcode
// scanner types the code and Enter); Ctrl+K goes to it.
void MainWindow::wireSearch()
{
    m_results = new SearchResults(m_stack);
    m_stack->addWidget(m_results);
    connect(m_results, &SearchResults::opened, this, [this](const QString &id, const QString &key) { openEntry(id, key); });
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_searchBox, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchBox, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            leaveSearch();
    });
    // Enter opens the best hit at once: a barcode scanner types the code and Enter.
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        runSearch();
        if (const auto hit = m_results->first())
            openEntry(hit->registerId, hit->key);
    });
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchBox->setFocus();
        m_searchBox->selectAll();
    });
    addAction(m_findAction);
}

// Every area, in the order of the list; choosing one shows the book as it is now.
void MainWindow::addPages()
{
    using G = Group;
    auto *home = new HomePage(m_workspace, m_stack);
    connect(home, &HomePage::openList, this, &MainWindow::openList);
    addPage(home, G::Home);
    auto *applications = new ApplicationsPage(m_workspace, m_stack);
    auto *complaints = new ComplaintsPage(m_workspace, m_stack);
    addPage(new VisitorsPage(m_workspace, applications, complaints, m_stack), G::FrontOffice);
    addPage(applications, G::FrontOffice);
    addPage(complaints, G::FrontOffice);
    addRegisterPages(PageArea::FrontOffice, G::FrontOffice);
    addPage(new VitalEventsPage(m_workspace, m_stack), G::Families);
    addPage(new FamilyPage(m_workspace, m_stack), G::Families, false);
    addPage(new CashBookPage(m_workspace, m_stack), G::Accounts);
    addPage(new StockPage(m_workspace, m_stack), G::Accounts);
    addPage(new FilesPage(m_workspace, m_stack), G::RecordRoom);
    addPage(new ReportPage(m_workspace, m_stack), G::Office);
    addPage(new MovementsPage(m_workspace, m_stack), G::RecordRoom);
    addPage(new ReadinessPage(m_workspace, m_stack), G::Quality);
    addPage(new MeetingsPage(m_workspace, m_stack), G::Quality);
    addPage(new MeetingActionsPage(m_workspace, m_stack), G::Quality);
    // The quality system's registers whose page comes from their definition (the risk register).
    addRegisterPages(PageArea::Quality, G::Quality);
    addPage(new QualityPage(m_workspace, m_stack), G::Quality);
    addPage(new ProceduresPage(m_workspace, m_stack), G::Quality, false);
    addPage(new NoticesPage(m_workspace, m_stack), G::FrontOffice);
    addRegisterPages(PageArea::Masters, G::Masters);
    addPage(new AttendancePage(m_workspace, m_stack), G::Office, false);
    addPage(new OfficePage(m_workspace, m_stack), G::Office);
    addPage(new UsersPage(m_workspace, m_stack), G::Office);
    addPage(new BackupPage(m_workspace, m_stack), G::Office);
    addPage(new AuditPage(m_workspace, m_stack), G::Office);
    buildNavigation();
    // A click on the area already chosen leaves the search results too.
    connect(m_navigation, &QListWidget::itemClicked, this, [this] { leaveSearch(); });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem *item = m_navigation->item(row);
        const int index = item ? item->data(Qt::UserRole).toInt() : -1;
        if (index < 0 || index >= m_pages.size())
            return;
        // An area shows the book as it is now, not as it was when the window opened (one not yet read since
        // then reads it as it is shown).
        Page *page = m_pages.at(index);
        const bool readsAsShown = page->waitingToRefresh();
        m_stack->setCurrentWidget(page);
        if (!readsAsShown)
            page->refresh();
    });
}

// The pages made from register definitions, in the order of the list of modules: a register's list and form,
// a master's table; three masters print what the office displays.
void MainWindow::addRegisterPages(PageArea area, Group group)
{
    for (const RegisterDef *def : Registers::all()) {
        if (def->area != area)
            continue;
        if (!def->isMaster()) {
            addPage(new RegisterPage(m_workspace, *def, m_stack), group, false);
            continue;
        }
        auto *page = new MasterPage(m_workspace, *def, m_stack);
        if (def == &Registers::services()) {
            page->addPrintAction(QStringLiteral("printCharterButton"), QT_TRANSLATE_NOOP("gd::ui::MasterPage", "&Print charter… (Ctrl+P)"),
                                 [this, page] { printCharterPoster(page, m_workspace); });
        } else if (def == &Registers::people()) {
            page->addPrintAction(QStringLiteral("printBoardButton"), QT_TRANSLATE_NOOP("gd::ui::MasterPage", "&Print board… (Ctrl+P)"),
                                 [this, page] { printStaffBoard(page, m_workspace); });
            page->addPrintAction(QStringLiteral("printChartButton"),
                                 QT_TRANSLATE_NOOP("gd::ui::MasterPage", "&Organisation chart… (Ctrl+Shift+P)"),
                                 [this, page] { printOrganisationChart(page, m_workspace); },
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        } else if (def == &Registers::emergencyNumbers()) {
            page->addPrintAction(QStringLiteral("printEmergencyButton"), QT_TRANSLATE_NOOP("gd::ui::MasterPage", "&Print sheet… (Ctrl+P)"),
                                 [this, page] { printEmergencySheet(page, m_workspace); });
        }
        addPage(page, group, false);
    }
}

void MainWindow::buildStatusBar()
{
    m_officeLabel = new QLabel(this);
    m_officeLabel->setObjectName(QStringLiteral("statusOfficeLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUserLabel"));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setObjectName(QStringLiteral("statusLanguageLabel"));
    statusBar()->addWidget(m_officeLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_languageLabel);
    statusBar()->addPermanentWidget(new TypingButton(this));
    HindiKeyboard &keyboard = HindiKeyboard::instance();
    connect(&keyboard, &HindiKeyboard::unavailable, this,
            [this](const QString &message) { Messages::current().error(this, tr("Hindi typing cannot start"), message); });
    connect(&keyboard, &HindiKeyboard::changed, this, &MainWindow::readTypingWords);
    auto *afterPaint = new AfterFirstPaint(this, [this] {
        m_painted = true;
        readTypingWords();
    });
    afterPaint->setParent(this);
    // A backup put in the book's place brings its own names.
    connect(&m_workspace, &Workspace::bookReplaced, this, [this] {
        m_lexiconRead = false;
        readTypingWords();
    });
}

void MainWindow::readTypingWords()
{
    // Not before the window has painted: reading ten years of names (a fifth of a second) is no part of start-up.
    if (!m_painted || m_lexiconRead || !HindiKeyboard::instance().isOn())
        return;
    m_lexiconRead = true;
    auto texts = TypingLexicon::bookTexts(m_workspace.book());
    if (!texts)
        return;  // the built-in list goes on suggesting
    m_lexiconTask.start<TypingLexicon>(
        this, [texts = texts.value()] { return TypingLexicon::fromTexts(texts); },
        [](const TypingLexicon &lexicon) { HindiKeyboard::instance().setLexicon(lexicon); });
}

void MainWindow::addPage(Page *page, Group group, bool digitKey)
{
    const int index = int(m_pages.size());
    m_pages.append(page);
    m_groups.append(group);
    m_areaKeys.append(QString());
    m_stack->addWidget(page);
    // Ctrl+1 … Ctrl+9 reach the first nine areas of their own (the home page and the main registers); a page made
    // from a register's definition takes none, so that a new register never moves a key the clerk knows.
    if (!digitKey || m_digitKeys >= 9)
        return;
    const int digit = m_digitKeys++;
    auto *shortcut = new QAction(this);
    shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + digit)));
    m_areaKeys[index] = shortcut->shortcut().toString(QKeySequence::NativeText);
    connect(shortcut, &QAction::triggered, this, [this, index] { showArea(index); });
    addAction(shortcut);
}

// The list of areas, grouped by the office's work under headings that cannot be chosen; each area's key is
// shown beside its name.
void MainWindow::buildNavigation()
{
    m_navigation->setItemDelegate(new AreaKeyDelegate(m_navigation));
    for (Group group : {Group::Home, Group::FrontOffice, Group::Families, Group::Accounts, Group::RecordRoom,
                        Group::Quality, Group::Masters, Group::Office}) {
        if (group != Group::Home) {
            auto *heading = new QListWidgetItem(m_navigation);
            heading->setFlags(Qt::NoItemFlags);
            heading->setData(Qt::UserRole, -1 - int(group));
            heading->setSizeHint(QSize(0, 30));
            QFont bold = m_navigation->font();
            bold.setBold(true);
            bold.setPointSizeF(bold.pointSizeF() * 0.85);
            heading->setFont(bold);
            heading->setForeground(m_navigation->palette().color(QPalette::Highlight).darker(130));
        }
        for (int i = 0; i < m_pages.size(); ++i) {
            if (m_groups.at(i) != group)
                continue;
            auto *item = new QListWidgetItem(m_navigation);
            item->setData(Qt::UserRole, i);
            item->setData(AreaKeyDelegate::KeyRole, m_areaKeys.at(i));
            item->setSizeHint(QSize(0, 32));
        }
    }
}

int MainWindow::rowOfArea(int index) const
{
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == index)
            return row;
    return -1;
}

int MainWindow::firstArea() const
{
    QString name;
    switch (m_workspace.user().role) {
    case Role::Operator:
        name = QStringLiteral("visitorsPage");
        break;
    case Role::Auditor:
        name = QStringLiteral("auditPage");
        break;
    default:
        return 0;
    }
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i)->objectName() == name)
            return i;
    return 0;
}

QString MainWindow::groupTitle(Group group)
{
    switch (group) {
    case Group::Home:
        return {};
    case Group::FrontOffice:
        return tr("FRONT OFFICE");
    case Group::Families:
        return tr("BIRTHS, DEATHS AND FAMILIES");
    case Group::Accounts:
        return tr("ACCOUNTS");
    case Group::RecordRoom:
        return tr("RECORD ROOM");
    case Group::Quality:
        return tr("QUALITY AND ISO");
    case Group::Masters:
        return tr("MASTERS");
    case Group::Office:
        return tr("THE OFFICE");
    }
    return {};
}

void MainWindow::runSearch()
{
    const QString text = m_searchBox->text();
    if (text.trimmed().isEmpty()) {
        leaveSearch();
        return;
    }
    auto hits = SearchIndex::search(m_workspace.book(), text, 60);
    if (!hits) {
        statusBar()->showMessage(hits.error().message, 8000);
        return;
    }
    m_results->showHits(text, hits.value());
    m_stack->setCurrentWidget(m_results);
}

void MainWindow::leaveSearch()
{
    if (m_stack->currentWidget() != m_results)
        return;
    const QListWidgetItem *item = m_navigation->currentItem();
    m_stack->setCurrentWidget(m_pages.value(std::max(0, item ? item->data(Qt::UserRole).toInt() : 0)));
}

bool MainWindow::openEntry(const QString &registerId, const QString &key)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *page = m_pages.at(i);
        if (!page->shows(registerId))
            continue;
        showArea(i);
        page->openEntry(registerId, key);
        return true;
    }
    return false;
}

bool MainWindow::openList(const QString &registerId, const QString &status)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *page = m_pages.at(i);
        if (!page->shows(registerId))
            continue;
        showArea(i);
        page->showList(registerId, status);
        return true;
    }
    return false;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchBox && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down && m_stack->currentWidget() == m_results) {
            m_results->setFocus();
            return true;
        }
        if (key == Qt::Key_Escape) {
            m_searchBox->clear();
            leaveSearch();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showArea(int index)
{
    m_navigation->setCurrentRow(rowOfArea(index));
    if (index >= 0 && index < m_pages.size())
        m_stack->setCurrentWidget(m_pages.at(index));
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_backupAction = m_fileMenu->addAction(QString(), this, [this] {
        auto copy = BackupService(m_workspace.book()).backupTo(BackupService(m_workspace.book()).defaultFolder());
        if (!copy)
            Messages::current().error(this, tr("The backup failed"), copy.error().message);
        else
            statusBar()->showMessage(tr("Backed up to %1").arg(copy.value()), 8000);
        // The page in view shows the new copy (the Home page's "last backup", the Backups history).
        if (auto *page = qobject_cast<Page *>(m_stack->currentWidget()))
            page->refresh();
    });
    m_backupAction->setObjectName(QStringLiteral("backupNowAction"));
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_switchUserAction = m_fileMenu->addAction(QString(), this, &MainWindow::switchUser);
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    m_switchUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    // Each language is named in its own script, so that it can be found whatever is showing.
    m_hindiAction = m_languageMenu->addAction(QStringLiteral("हिन्दी"), this, [this] { setLanguage(QStringLiteral("hi")); });
    m_hindiAction->setObjectName(QStringLiteral("hindiAction"));
    m_hindiAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"), this, [this] { setLanguage(QStringLiteral("en")); });
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    m_englishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    for (QAction *a : {m_hindiAction, m_englishAction}) {
        a->setCheckable(true);
        group->addAction(a);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    // Printable help in the language the program shows: the keys, and a new office's first day.
    const auto printHelp = [this](bool card) {
        auto office = OfficeProfile(m_workspace.book()).load();
        const PrintLanguage language = LanguageManager::instance().language() == u"en" ? PrintLanguage::English : PrintLanguage::Hindi;
        const QDate today = m_workspace.clock().today();
        if (!card) {
            previewDocument(this, firstDayGuide(office ? office.value() : Office{}, language, today));
            return;
        }
        QList<AreaKey> areas;
        for (int i = 0; i < m_pages.size(); ++i)
            if (!m_areaKeys.at(i).isEmpty())
                areas += AreaKey{m_areaKeys.at(i), m_pages.at(i)->title()};
        previewDocument(this, keyboardCard(office ? office.value() : Office{}, areas, language, today));
    };
    m_keysAction = m_helpMenu->addAction(QString(), this, [printHelp] { printHelp(true); });
    m_keysAction->setObjectName(QStringLiteral("keyboardCardAction"));
    m_keysAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_firstDayAction = m_helpMenu->addAction(QString(), this, [printHelp] { printHelp(false); });
    m_firstDayAction->setObjectName(QStringLiteral("firstDayAction"));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        Messages::current().info(this, tr("About GramDesk"),
                                 tr("GramDesk %1\nThe front office and records desk of a Gram Panchayat.\n"
                                    "Free software under the GNU GPL, version 3 or later.")
                                     .arg(QStringLiteral(GRAMDESK_VERSION)));
    });
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::retranslate()
{
    const bool hindi = LanguageManager::instance().language() == u"hi";
    auto office = OfficeProfile(m_workspace.book()).load();
    const QString officeName = office ? (hindi ? office.value().nameHi : office.value().nameEn) : QString();
    setWindowTitle(officeName.isEmpty() ? tr("GramDesk") : tr("GramDesk: %1").arg(officeName));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const int index = item->data(Qt::UserRole).toInt();
        if (index < 0) {
            item->setText(groupTitle(Group(-1 - index)));
            continue;
        }
        const QString title = m_pages.at(index)->title();
        const QString key = m_areaKeys.at(index);
        item->setText(title);
        item->setToolTip(key.isEmpty() ? title : tr("%1 (%2)").arg(title, key));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_backupAction->setText(tr("&Back up now"));
    m_switchUserAction->setText(tr("Switch &user…"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About GramDesk"));
    m_keysAction->setText(tr("&Keyboard card (to print)"));
    m_firstDayAction->setText(tr("&First day in the office (to print)"));
    m_searchBox->setPlaceholderText(tr("Find a file or an entry: code, number, name, title, village, mobile… (Ctrl+K)"));
    m_hindiAction->setChecked(hindi);
    m_englishAction->setChecked(!hindi);
    const User &u = m_workspace.user();
    m_officeLabel->setText(office ? tr("%1 · LGD %2").arg(officeName, office.value().lgdCode) : QString());
    m_userLabel->setText(tr("User: %1 (%2)").arg(u.fullName, Roles::displayName(u.role)));
    m_languageLabel->setText(hindi ? QStringLiteral("हिन्दी") : QStringLiteral("English"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QList<FieldsDialog *> open;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *form = qobject_cast<FieldsDialog *>(w); form && form->isVisible())
            open += form;
    for (FieldsDialog *form : open)
        if (!form->mayDiscard()) {
            form->activateWindow();
            event->ignore();
            return;
        }
    for (FieldsDialog *form : open)
        form->reject();
    QMainWindow::closeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    LanguageManager::instance().switchTo(language);
    (void)UserDirectory(m_workspace.book()).setLanguage(m_workspace.user(), language);
}

void MainWindow::switchUser()
{
    LoginDialog login(m_workspace.book(), LoginDialog::officeTitle(m_workspace.book()), this);
    if (login.exec() != QDialog::Accepted)
        return;
    LanguageManager::instance().switchTo(login.user().language);
    m_workspace.setUser(login.user());
    showArea(firstArea());
}

}  // namespace gd::ui
