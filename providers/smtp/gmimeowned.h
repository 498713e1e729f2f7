// GMime for the SMTP adapter's own files: included first (its GLib headers use names Qt defines as macros, such as
// "signals"), with a holder that releases a GObject when its scope ends.
#pragma once

#include <gmime/gmime.h>

#include <memory>

namespace cm::smtp {

struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<typename T> using Owned = std::unique_ptr<T, GObjectUnref>;

} // namespace cm::smtp
