// The main window over a test workspace and its services, shown offscreen at 1280×800.
#pragma once

#include "support/services.h"
#include "ui/mainwindow.h"

namespace cm::test {

struct WindowFixture : Services
{
    explicit WindowFixture(bool demo)
        : Services(demo)
        , window({&ws.workspace(), &accounts, &reports, &jobs, &groupSync, &contactImport, &dispatcher, &contacts,
                  &series, &experiments})
    {
        window.resize(1280, 800);
        window.show();
    }
    MainWindow window;
};

} // namespace cm::test
